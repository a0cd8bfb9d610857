"""Data tables for name normalisation: script transliteration and phonetic folding.

Everything Armenian- or Russian-specific that ``normalise.py`` knows lives here, as data, so a
reviewer can check each rule against its source and a test can pin it. Sources:

* Armenian → Latin: BGN/PCGN 1981 for Eastern Armenian (the scheme of Armenian passports before
  2000s and of most English-language lists), with ISO 9985 and Hübschmann-Meillet letters
  (``č``, ``ǰ``, ``ł``, ``ṙ``, aspiration marks) accepted on Latin input.
* Russian Cyrillic → Latin: BGN/PCGN for Russian; the Latin then goes through the same folding.
* Georgian (Mkhedruli) → Latin: the Georgian national system (2002), for registries that are
  not all Armenian.
* Phonetic folding: the spelling habits that make one Armenian name look like several:
  Western Armenian voicing (Krikor/Grigor, Bedros/Petros, Hagop/Hakob, Tavit/Davit), Russian
  passport renderings (ղ and խ as г/к/х: Казарян, Хачатрян; Հ dropped: Акоп, Арутюн),
  French/diaspora ``ou`` for ու (Toumanian), German ``tsch``/``sch``, ISO ``c`` for ց.
"""

from __future__ import annotations

from typing import Final

# --- Armenian (Eastern, BGN/PCGN 1981) --------------------------------------------------------
# Context rules (applied in normalise.to_latin): ե is "ye" word-initially or after a vowel,
# ո is "vo" word-initially (except in ու), ու is "u", և is "yev" word-initially else "ev".
ARMENIAN_TO_LATIN: Final[dict[str, str]] = {
    "ա": "a",
    "բ": "b",
    "գ": "g",
    "դ": "d",
    "ե": "e",
    "զ": "z",
    "է": "e",
    "ը": "e",
    "թ": "t",
    "ժ": "zh",
    "ի": "i",
    "լ": "l",
    "խ": "kh",
    "ծ": "ts",
    "կ": "k",
    "հ": "h",
    "ձ": "dz",
    "ղ": "gh",
    "ճ": "ch",
    "մ": "m",
    "յ": "y",
    "ն": "n",
    "շ": "sh",
    "ո": "o",
    "չ": "ch",
    "պ": "p",
    "ջ": "j",
    "ռ": "r",
    "ս": "s",
    "վ": "v",
    "տ": "t",
    "ր": "r",
    "ց": "ts",
    "ւ": "v",
    "փ": "p",
    "ք": "k",
    "օ": "o",
    "ֆ": "f",
    "և": "ev",
}
ARMENIAN_VOWELS: Final[frozenset[str]] = frozenset("աեէըիոօ")

# --- Russian Cyrillic (BGN/PCGN) --------------------------------------------------------------
CYRILLIC_TO_LATIN: Final[dict[str, str]] = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    # Ukrainian and Belarusian letters met in post-Soviet documents.
    "і": "i",
    "ї": "yi",
    "є": "ye",
    "ґ": "g",
    "ў": "u",
    # U+04BB SHHA: used below as the marker for an Armenian Հ written as Г.
    "һ": "h",
}
CYRILLIC_VOWELS: Final[frozenset[str]] = frozenset("аеёиоуыэюяіїє")

# Russian renderings of Armenian names that are not letter-by-letter: Russian has no /h/, so
# Armenian Հ is either dropped (Акоп, Арутюн, Овсеп: handled by the folding, which drops h) or
# written Г. Г cannot be read as h by rule (Григор, Гурген, Геворг have a true Գ), so the
# conventional forms are listed: word-initial stems, Cyrillic, mapped to a Cyrillic spelling with
# һ (read h) in place of the Г. Source: Russian passport and civil-registry usage for Armenian
# names (e.g. Оганес for Հովհաննես, Мгер for Մհեր, Грант for Հրանտ, Грачья for Հրաչյա).
RUSSIAN_CONVENTIONAL_STEMS: Final[dict[str, str]] = {
    "оганес": "овһаннес",  # Հովհաննես, Оганесян = Հովհաննիսյան
    "оганис": "овһаннис",  # Оганисян = Հովհաննիսյան
    "оганнес": "овһаннес",
    "оганнис": "овһаннис",
    "оганджан": "оһанджан",  # Օհանջանյան
    "оган": "оһан",  # Оганян = Օհանյան (Ohanyan)
    "мгер": "мһер",  # Մհեր
    "грач": "һрач",  # Հրաչ, Հրաչյա
    "грант": "һрант",  # Հրանտ
    "гайк": "һайк",  # Հայկ (also Айк)
    "гамлет": "һамлет",  # Համլետ
    "гамазасп": "һамазасп",  # Համազասպ
    "гмаяк": "һмаяк",  # Հմայակ
    "гаруш": "һаруш",
    "гайрапет": "һайрапет",  # Հայրապետ (usually Айрапет)
    "гарутюн": "һарутюн",  # Հարություն (usually Арутюн)
    "грипсиме": "һрипсиме",  # Հռիփսիմե
    "зограб": "зоһраб",  # Զոհրաբ
    "шагин": "шаһин",  # Շահին
    "шаген": "шаһен",  # Շահեն
    "грайр": "һрайр",  # Հրայր
    "генрик": "һенрик",  # Հենրիկ (Генрих, Henrik)
    # Medial հ before a consonant or after a vowel, written г or х in Russian.
    "ваге": "ваһе",  # Վահե
    "ваган": "ваһан",  # Վահան
    "ваграм": "ваһрам",  # Վահրամ
    "вахрам": "ваһрам",
    "мигран": "миһран",  # Միհրան
    "михран": "миһран",
    "саган": "саһан",  # Սահան
    "сагак": "саһак",  # Սահակ (usually Саак)
    "зохраб": "зоһраб",  # Զոհրաբ
    "каграман": "каһраман",  # Ղահրամանյան (Каграманян)
    "шахбаз": "шаһбаз",  # Շահբազյան (Шахбазян)
    "шахназар": "шаһназар",  # Շահնազարյան (Шахназарян)
    "шахраман": "шаһраман",  # Շահրամանյան
    "аллахверд": "аллаһверд",  # Ալլահվերդյան (Аллахвердян)
}

# The same conventional forms romanised from the Russian (Oganesyan, Mger, Grant on a Latin
# list typed from a Russian passport) are read through the same table: normalise derives each
# stem's Latin spelling (BGN/PCGN) and rewrites it as it does the Cyrillic one.

# Surname keys that a Russian rendering changes beyond the phonetic classes, mapped to the key
# of the Armenian form: Russian restores the vowel an Armenian surname drops when it is made
# from a given name (Սարգիս → Սարգսյան, but Саркисян), and writes е for the ի of
# Հովհաննիսյան (Оганесян, Ованесян). Keys, i.e. after ``fold``.
SURNAME_KEY_ALIASES: Final[dict[str, str]] = {
    "sarkisian": "sarksian",  # Саркисян, Sarkisyan, Sarkissian = Սարգսյան
    "ovanesian": "ovanisian",  # Оганесян, Ованесян, Ovanesyan = Հովհաննիսյան
    "kajaturian": "kajatrian",  # Хачатурян, Khachaturian (the composer) = Խաչատրյան
}

# --- Georgian (Mkhedruli, national system 2002) ------------------------------------------------
GEORGIAN_TO_LATIN: Final[dict[str, str]] = {
    "ა": "a",
    "ბ": "b",
    "გ": "g",
    "დ": "d",
    "ე": "e",
    "ვ": "v",
    "ზ": "z",
    "თ": "t",
    "ი": "i",
    "კ": "k",
    "ლ": "l",
    "მ": "m",
    "ნ": "n",
    "ო": "o",
    "პ": "p",
    "ჟ": "zh",
    "რ": "r",
    "ს": "s",
    "ტ": "t",
    "უ": "u",
    "ფ": "p",
    "ქ": "k",
    "ღ": "gh",
    "ყ": "q",
    "შ": "sh",
    "ჩ": "ch",
    "ც": "ts",
    "ძ": "dz",
    "წ": "ts",
    "ჭ": "ch",
    "ხ": "kh",
    "ჯ": "j",
    "ჰ": "h",
}

# --- Arabic script (Arabic, Persian and Kurdish letters) ------------------------------------
# Arabic writes consonants and long vowels, not short vowels (محمد is m-h-m-d: Mohammad,
# Muhammad, Mohamed). Letters are romanised as the common English-style systems do (UN,
# UNHCR registration: خ kh, ق q, ث th, ذ dh; ح, ه and ة are h, which keys drop, so nothing
# here, lest an h join the letter before it: ز and ه are no zh), letters that desks type for
# one another one way (أ إ آ ٱ as ا; ى as ي, as in موسي; ک and ی as ك and ي), vowel marks and
# the tatweel dropped; the Sorani Kurdish letters ە ۆ ێ ڕ ڵ ڤ and Persian پ چ ژ گ as their
# sounds. The key of such a name is compared as an abjad (``normalise.abjad_skeleton``).
ARABIC_TO_LATIN: Final[dict[str, str]] = {
    "ا": "a", "أ": "a", "إ": "a", "آ": "a", "ٱ": "a", "ء": "", "ؤ": "u", "ئ": "i",
    "ب": "b", "ت": "t", "ث": "th", "ج": "dj", "ح": "", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "", "ة": "", "و": "u", "ي": "y", "ى": "y", "ـ": "",
    "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ک": "k", "ی": "y", "ھ": "h", "ە": "e",
    "ۆ": "o", "ێ": "e", "ې": "e", "ۇ": "u", "ڕ": "r", "ڵ": "l", "ڤ": "v", "ں": "n",
    # Pashto (ګ ړ ټ ډ ښ ږ ځ څ ڼ ۍ) and Urdu (ٹ ڈ ڑ ے) letters, as their commonest Latin
    # spellings write them (ښ is sh or kh by dialect; ږ zh or g).
    "ګ": "g", "ړ": "r", "ټ": "t", "ډ": "d", "ښ": "sh", "ږ": "zh", "ځ": "z", "څ": "s",
    "ڼ": "n", "ۍ": "y", "ٹ": "t", "ڈ": "d", "ڑ": "r", "ے": "e",
}  # fmt: skip
# The Arabic article: ال joined to its word in Arabic script; al-, el- (Al Hassan, El-Fayyad)
# as a word of its own in Latin. A family name is the same with it or without it.
ARABIC_ARTICLE: Final[str] = "ال"
# (A Turkish İ lower-cases to i and a combining dot.)
LATIN_ARTICLE_PATTERN: Final[str] = r"^(?:al|el)(?:\s*-\s*|\s+)(?=(?:[^\W\d_]\u0307?){2})"

# --- Latin letters with diacritics ------------------------------------------------------------
# ISO 9985 / Hübschmann-Meillet for Armenian, Czech/Croatian-style carons, Turkish/Kurdish
# (Kurmanji) letters for Yazidi and Kurdish names, common Western European letters. Anything
# not listed loses its diacritic by Unicode decomposition.
LATIN_SPECIAL: Final[dict[str, str]] = {
    "š": "sh",
    "ş": "sh",
    "ș": "sh",
    "č": "ch",
    "ç": "ch",
    "ž": "zh",
    "ǰ": "j",
    "ğ": "gh",
    "ł": "gh",  # Hübschmann-Meillet ł for ղ (Łazar); Polish ł in a Polish name: POLISH_LETTERS
    "ṙ": "r",
    "ı": "i",
    "ə": "e",
    "ß": "ss",
    "æ": "ae",
    "ø": "o",
    "đ": "d",
    "ŋ": "n",
    "ʻ": "",
    "ʼ": "",
    "ʿ": "",
    "ʾ": "",
    "‘": "",
    "’": "",
    "`": "",
    "´": "",
    "'": "",
}

# --- Phonetic folding of Latin spellings --------------------------------------------------------
# Longest match first. Output symbols are upper case, so nothing is rewritten twice; the key
# is the lower-cased result with runs of one symbol collapsed. Classes and why:
#   K  g k q c(hard) gh kh x ck  velars: Western Armenian swaps g/k (Krikor), Russian writes
#      ղ as г/к (Газарян/Казарян) and խ as х, Latin writes խ as kh or x
#   P  b p f ph                 labials: Western Bedros/Petros, Hagop/Hakob, Stephan/Stepan
#   T  d t th                   dentals: Western Tavit/Davit, Dikran/Tigran, Arthur/Artur
#   C  ts tz dz c(soft) ц        ծ ձ ց: ts/tz/dz/c habits (Tsaturyan, Mnacakanjan, Dzhaghik)
#   J  j dj dzh zh ch tch tsch  ժ ջ ճ չ: Eastern j/ch, Western ch/j swapped, French j = ժ,
#      dsch                     German дж (Agadschanjan)
#   X  sh sch                   շ (and German sch; a German ch is kh, see normalise)
#   U  u ou oo                  ու: French/Western ou (Manoukian, Toumanian)
#   I  i y                      vowel i and the glide: -yan/-ian, Hayk/Haik
#   (h) dropped                 Russian has no /h/: Акоп, Арутюн, Оганес; Latin follows
FOLD_TOKENS: Final[dict[str, str]] = {
    "shch": "X",
    "tsch": "J",
    "dsch": "J",
    "dzh": "J",
    "tch": "J",
    "sch": "X",
    "sh": "X",
    "zh": "J",
    "ch": "J",
    "dj": "J",
    "j": "J",
    "kh": "K",
    "gh": "K",
    "ck": "K",
    "q": "K",
    "x": "K",
    "g": "K",
    "k": "K",
    "th": "T",
    "d": "T",
    "t": "T",
    "ph": "P",
    "f": "P",
    "b": "P",
    "p": "P",
    "ts": "C",
    "tz": "C",
    "dz": "C",
    "w": "V",
    "v": "V",
    "ou": "U",
    "oo": "U",
    "u": "U",
    "y": "I",
    "i": "I",
    "a": "A",
    "e": "E",
    "o": "O",
    "h": "",
    "l": "L",
    "m": "M",
    "n": "N",
    "r": "R",
    "s": "S",
    "z": "Z",
}

# Surname suffix variants folded to one form (regex on the lower-case Latin, end of a word):
# -yan/-ian/-jan (German, Scandinavian, Polish habit)/-ean (Western classical -եան),
# with -yants/-yanz/-janc (the older genitive plural form, Russian -янц) folded in. Not -djan:
# its j is a consonant (the Persian and Pashto جان "jan" of Gul Jan, Sharifa Jan).
SUFFIX_PATTERN: Final[str] = r"(?<=[a-z])(?:y|i|(?<!d)j|e|iy)a(?:n|nn)(?:ts|tz|z|c)?$"
SUFFIX_REPLACEMENT: Final[str] = "yan"

# Russian, Ukrainian and Belarusian romanised in the German, Polish, Czech or ISO 9 way write
# the glide (й, and я ю е ё after ь or a consonant) as j: Natalja, Tatjana, Ljubov, Ljudmila,
# Marija, Ksenija. Read as y (regex on one lower-case Latin word). Armenian romanisation writes
# ջ (and, French-style, ժ) as j too, after n, r and d in real names (Ganjalyan, Varjabedyan,
# Djanibekyan, Injikyan), so after those letters only the final -ja of Slavic given names
# (Sonja, Tanja, Darja) is read as a glide. A final j after a vowel is й (Sergej, Andrej,
# Nikolaj): names ending in ջ after a vowel are rare. Initial j is left alone: Ջուլիետա, Julieta
# and Джульетта are one name, and Jurij/Yuriy differ there by one letter, which the similarity
# sees.
SLAVIC_J_PATTERN: Final[str] = (
    r"(?<=[bfiklmpstv])j(?=[aeiou])|(?<=[nr])j(?=a$)|(?<=[aeou])j$"
    # й between a vowel and a consonant (Olijnyk, Mychajło, Hajk), not before y (Karajyan),
    # d, where French and Romanian write ж so (Nadejda), or another j (Najjar, Hajj)
    r"|(?<=[aeiou])j(?=[^aeiouydj])"
)

# Polish orthography, which Polish desks use for Ukrainian and Russian names (Szewczenko,
# Kowalczuk, Poliszczuk, Mychajło, Jewgienija Iwanowa for Шевченко, Ковальчук, Поліщук,
# Михайло, Евгения Иванова). A name is read as Polish when it has cz or one of ż ź ś ć ń, or
# sz or a ł inside a word, unless it is German (sch) or ends as an Armenian surname (ł is
# also the ղ of the Hübschmann-Meillet transliteration: Łazar, Połosyan; and a slip of the
# finger from s to its neighbour z makes an sz). A w is no sign: English and German write it,
# and a slip from e or q makes one (Kowalchuk, Mkrtchywn keep their English ch). Read as
# Polish, sz is ш, cz ч, ch х, c ц, w в, ł l; ś ź ć ń are the soft сь зь ць нь of the
# transliteration; ie after a consonant is е (Sienołko), and j before a vowel at the start of
# a word й (Jelena, Jurij).
POLISH_MARK_PATTERN: Final[str] = r"cz|[żźśćń]|sz|(?<=[a-z])ł"
POLISH_EXCEPT_PATTERN: Final[str] = r"sch|(?:[iyj]a|ea)nc?[sz]?$"
POLISH_LETTERS: Final[dict[str, str]] = {
    "szcz": "shch",
    "sz": "sh",
    "cz": "ch",
    "ch": "kh",
    "c": "ts",
    "w": "v",
    "ł": "l",
    "ż": "zh",
    "ź": "z",
    "ś": "s",
    "ć": "ts",
    "ń": "n",
}
POLISH_SOFT_E_PATTERN: Final[str] = r"(?<=[bcdfghklmnprstvwz])ie"
POLISH_INITIAL_J_PATTERN: Final[str] = r"(?<![a-z])j(?=[aeiou])"

# Romanian orthography, which Moldovan and Romanian desks use for Ukrainian and Russian names
# (Şevciuc, Covalenco, Ciornei, Hrinovici for Шевчук, Коваленко, Чорней, Гринович): a name with
# one of ş ș ţ ț ă î (not â, Turkish as well: Kâmil; Kurmanji's î is an i too), or ciu, cea
# (not cia: Felicia, Patricia), or ending in -enco or -ovici/-evici, is read as Romanian:
# ce ci are че чи (cea cia ciu cio ча ча чу чо, a final ci ч), che chi ке ки, ţ ц, ş ш, î â ы.
# Tokens longest first.
ROMANIAN_MARK_PATTERN: Final[str] = r"[şșţțăî]|ciu|cea|enco\b|[oe]vici\b"
ROMANIAN_LETTERS: Final[dict[str, str]] = {
    "che": "ke",
    "chi": "ki",
    "cea": "cha",
    "cia": "cha",
    "ciu": "chu",
    "cio": "cho",
    "ce": "che",
    "ci": "chi",
    "ş": "sh",
    "ș": "sh",
    "ţ": "ts",
    "ț": "ts",
    "î": "y",
    "â": "y",
}
ROMANIAN_FINAL_CI_PATTERN: Final[str] = r"ci\b"

# Forms of address typed before a name at some desks (English, Russian, Armenian; abbreviated
# and in full). Removed only before another word, so a name is never emptied.
TITLES: Final[tuple[str, ...]] = (
    "mr", "mrs", "ms", "miss", "dr",
    "г-н", "г-жа", "гн", "гжа", "господин", "госпожа",
    "պրն", "տկն", "տիկ", "պարոն", "տիկին", "օրդ", "օրիորդ",
)  # fmt: skip

# Russian-style patronymic endings in Latin: English, French and Ukrainian romanisations of
# -ович/-евич/-овна/-евна/-ична and Ukrainian -івна.
LATIN_PATRONYMIC_ENDINGS: Final[tuple[str, ...]] = (
    "ovich", "evich", "ovitch", "evitch", "ovych", "ovna", "evna", "ivna", "ichna",
)  # fmt: skip

# Stripped from a patronymic to leave the father's name (Cyrillic already transliterated):
# Арменович → armen. German spellings (-owitsch written -ovitsch) and the South Slavic -ović
# with its diacritic dropped as well: in the patronymic field they can only be the ending.
PATRONYMIC_PATTERN: Final[str] = (
    r"(?<=[a-z]{2})(?:ovitsch|evitsch|ovic|evic|" + "|".join(LATIN_PATRONYMIC_ENDINGS) + ")$"
)

# A Russian-style patronymic as a word of its own, in Cyrillic or Latin: the form that tells a
# father's name typed into the given-name field, as desks working from Russian-language papers
# do ("Геворг Робертович" for the name and the patronymic, or the two fields exchanged). No
# given name has these endings (-ović is left out: in the given-name field it is a Serbian or
# Bosnian surname written first).
PATRONYMIC_WORD_PATTERN: Final[str] = (
    r"\S{2,}(?:ович|евич|овна|евна|ична|івна|" + "|".join(LATIN_PATRONYMIC_ENDINGS) + ")"
)

# --- Given-name equivalents ---------------------------------------------------------------------
# A registration may carry the name a person goes by instead of the one in their documents: a
# Russian diminutive (Sasha for Aleksandr), or the Russian or Armenian counterpart of the name
# (Zhora for Gevorg). Each row: the full forms, then the forms that stand for them. Only pairs
# in common use are listed; a form listed under two rows (Sasha: Aleksandr and Aleksandra)
# stands for both. Pairs are compared on name keys, so any script and spelling of a form works.
# Sources: A. V. Superanskaya, *Словарь русских личных имён* (1998), and N. A. Petrovsky,
# *Словарь русских личных имён* (1966), for the Russian full forms and their diminutives;
# H. Acharyan, *Հայոց անձնանունների բառարան* (Dictionary of Armenian personal names, 1942–62)
# for the Armenian hypocoristics (Hovik, Onik, Vanik, Khacho/Khachik, Harut, Haro, Mko, Miko, Karo,
# Sako, Hamo, Maro, Robik, Rafik, Edik, Alik, Ako, Valerik) and the Armenian-Russian pairs
# (Gevorg/Georgiy, Grigor/Grigoriy, Mikayel/Mikhail); Shushan as the Armenian form of the
# biblical Susanna (Hebrew Shoshana, "lily") from the same dictionary. Hovhannes/Ivan is left
# out: a translation some families used, not one form standing for the other.
GIVEN_NAME_EQUIVALENTS: Final[tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = (
    (("Aleksandr", "Александр"), ("Sasha", "Саша", "Shura", "Шура", "Sanya", "Саня")),
    (("Aleksandra", "Александра"), ("Sasha", "Саша", "Shura", "Шура")),
    (("Aleksandr", "Александр", "Albert", "Ալբերտ", "Альберт"), ("Alik", "Ալիկ", "Алик")),
    (("Aleksey", "Алексей"), ("Alyosha", "Алёша", "Алеша", "Lyosha", "Лёша")),
    (("Anastasiya", "Анастасия"), ("Nastya", "Настя")),
    (("Anatoliy", "Анатолий"), ("Tolya", "Толя")),
    (("Anna", "Анна"), ("Anya", "Аня", "Anyuta", "Анюта")),
    (("Dmitriy", "Дмитрий"), ("Dima", "Дима", "Mitya", "Митя")),
    (("Yevgeniy", "Евгений", "Yevgeniya", "Евгения"), ("Zhenya", "Женя")),
    (("Yekaterina", "Екатерина"), ("Katya", "Катя")),
    (("Yelena", "Елена"), ("Lena", "Лена")),
    (("Galina", "Галина"), ("Galya", "Галя")),
    (("Georgiy", "Георгий", "Gevorg", "Գևորգ"), ("Zhora", "Жора", "Gosha", "Гоша")),
    (("Gevorg", "Գևորգ"), ("Georgiy", "Георгий")),
    (("Grigoriy", "Григорий", "Grigor", "Գրիգոր"), ("Grisha", "Гриша")),
    (("Grigor", "Գրիգոր"), ("Grigoriy", "Григорий")),
    (("Hovhannes", "Հովհաննես"), ("Hovik", "Հովիկ", "Onik", "Օնիկ", "Оник", "Vanik", "Վանիկ")),
    (("Hamlet", "Համլետ", "Hambardzum", "Համբարձում"), ("Hamo", "Համո", "Амо")),
    (("Karapet", "Կարապետ"), ("Karo", "Կարո", "Каро")),
    (("Hakob", "Հակոբ", "Акоп"), ("Ako", "Ակո", "Hako", "Հակո")),
    (
        ("Margarita", "Маргарита", "Margarit", "Մարգարիտ"),
        ("Margo", "Марго", "Մարգո", "Rita", "Рита"),
    ),
    (("Shushan", "Շուշան"), ("Susanna", "Сусанна", "Susan", "Սուսաննա")),
    (("Sargis", "Սարգիս"), ("Sako", "Սաքո", "Сако")),
    (("Mariam", "Մարիամ"), ("Maro", "Մարո", "Маро", "Masha", "Маша", "Մաշա")),
    (("Robert", "Ռոբերտ", "Роберт"), ("Robik", "Ռոբիկ", "Робик")),
    (("Ruzanna", "Ռուզաննա", "Рузанна"), ("Ruzan", "Ռուզան", "Ruzik", "Ռուզիկ")),
    (("Stepan", "Ստեփան", "Степан"), ("Styopa", "Стёпа", "Степа")),
    (("Irina", "Ирина"), ("Ira", "Ира")),
    (("Ivan", "Иван"), ("Vanya", "Ваня")),
    (("Khachatur", "Խաչատուր"), ("Khacho", "Խաչո", "Khachik", "Խաչիկ", "Хачик")),
    (("Harutyun", "Հարություն", "Арутюн"), ("Harut", "Հարութ", "Арут", "Haro", "Հարո")),
    (("Mkrtich", "Մկրտիչ", "Мкртич"), ("Mko", "Մկո", "Мко")),
    (("Konstantin", "Константин"), ("Kostya", "Костя")),
    (("Levon", "Լևոն"), ("Lyova", "Лёва", "Лева")),
    (("Lyudmila", "Людмила"), ("Lyuda", "Люда", "Mila", "Мила")),
    (("Mariya", "Мария"), ("Masha", "Маша")),
    (("Mikhail", "Михаил", "Mikayel", "Միքայել"), ("Misha", "Миша", "Միշա")),
    (("Mikayel", "Միքայել"), ("Miko", "Միքո")),
    (("Mikayel", "Միքայել"), ("Mikhail", "Михаил")),
    (("Nadezhda", "Надежда"), ("Nadya", "Надя")),
    (("Natalya", "Наталья", "Natalia", "Наталия"), ("Natasha", "Наташа")),
    (("Nikolay", "Николай"), ("Kolya", "Коля")),
    (("Olga", "Ольга"), ("Olya", "Оля")),
    (("Pavel", "Павел"), ("Pasha", "Паша")),
    (("Rafael", "Ռաֆայել", "Рафаэль"), ("Rafik", "Ռաֆիկ", "Рафик")),
    (("Eduard", "Էդուարդ", "Эдуард", "Edvard", "Էդվարդ"), ("Edik", "Էդիկ", "Эдик")),
    (
        ("Sergey", "Сергей", "Սերգեյ"),
        ("Seryozha", "Серёжа", "Сережа", "Serzh", "Սերժ", "Серж", "Սերոժ"),
    ),
    (("Svetlana", "Светлана"), ("Sveta", "Света")),
    (("Tatyana", "Татьяна"), ("Tanya", "Таня")),
    (("Valentina", "Валентина"), ("Valya", "Валя")),
    (
        ("Valeriy", "Валерий", "Valeri", "Վալերի"),
        ("Valera", "Валера", "Valerik", "Վալերիկ", "Валерик"),
    ),
    (("Viktor", "Виктор"), ("Vitya", "Витя")),
    (("Vladimir", "Владимир"), ("Volodya", "Володя", "Vova", "Вова")),
    (("Yuriy", "Юрий"), ("Yura", "Юра")),
    # The Armenian colloquial -o of a man's name (and Ano of Anahit), used at home and often
    # given at a desk or on a hotline: Armo, Davo, Suro...
    (("Armen", "Արմեն"), ("Armo", "Արմո", "Армо")),
    (("Davit", "Դավիթ", "Давид"), ("Davo", "Դավո", "Даво")),
    (("Suren", "Սուրեն"), ("Suro", "Սուրո", "Суро")),
    (("Samvel", "Սամվել"), ("Samo", "Սամո", "Само")),
    (("Vachagan", "Վաչագան"), ("Vacho", "Վաչո", "Вачо")),
    (("Levon", "Լևոն"), ("Levo", "Լևո", "Лево")),
    (("Gagik", "Գագիկ"), ("Gago", "Գագո", "Гаго")),
    (("Ruben", "Ռուբեն"), ("Rubo", "Ռուբո", "Рубо")),
    (("Tigran", "Տիգրան"), ("Tiko", "Տիկո", "Тико")),
    (("Ashot", "Աշոտ"), ("Asho", "Աշո", "Ашо")),
    (("Hovhannes", "Հովհաննես"), ("Hovo", "Հովո", "Vano", "Վանո", "Вано")),
    (("Anahit", "Անահիտ"), ("Ano", "Անո", "Ано")),
    # The Ukrainian and Russian forms of one name: a Ukrainian citizen's passport has the
    # first, a Russian-speaking family and many desks in Moldova use the second (I. Triyniak,
    # *Словник українських імен*, 2005). Listed where the keys differ by more than a slip, and
    # not where a key without h is another name's (Halyna is alina: Alina; Oleh is ole).
    (("Kateryna", "Катерина"), ("Yekaterina", "Екатерина")),
    (("Olena", "Олена"), ("Yelena", "Елена")),
    (("Mykola", "Микола"), ("Nikolay", "Николай")),
    (("Hanna", "Ганна"), ("Anna", "Анна")),
    (("Hryhorii", "Григорій"), ("Grigoriy", "Григорий")),
    (("Pavlo", "Павло"), ("Pavel", "Павел")),
    (("Oleksii", "Олексій"), ("Aleksey", "Алексей")),
    (("Oleksandr", "Олександр"), ("Aleksandr", "Александр")),
    (("Oleksandra", "Олександра"), ("Aleksandra", "Александра")),
    (("Tetiana", "Тетяна"), ("Tatyana", "Татьяна")),
    (("Volodymyr", "Володимир"), ("Vladimir", "Владимир")),
    (("Yevhen", "Євген"), ("Yevgeniy", "Евгений")),
    (("Yevheniia", "Євгенія"), ("Yevgeniya", "Евгения")),
    (("Nadiia", "Надія"), ("Nadezhda", "Надежда")),
    (("Vira", "Віра"), ("Vera", "Вера")),
    (("Yakiv", "Яків"), ("Yakov", "Яков")),
    (("Fedir", "Федір"), ("Fyodor", "Фёдор")),
    (("Dmytro", "Дмитро"), ("Dmitriy", "Дмитрий")),
    (("Mykhailo", "Михайло"), ("Mikhail", "Михаил")),
    (("Petro", "Петро"), ("Pyotr", "Пётр")),
    (("Vasyl", "Василь"), ("Vasiliy", "Василий")),
    (("Kyrylo", "Кирило"), ("Kirill", "Кирилл")),
    (("Danylo", "Данило"), ("Daniil", "Даниил")),
    (("Daryna", "Дарина"), ("Darya", "Дарья")),
    (("Ihor", "Ігор"), ("Igor", "Игорь")),
    (("Heorhii", "Георгій"), ("Georgiy", "Георгий")),
    (("Hennadii", "Геннадій"), ("Gennadiy", "Геннадий")),
    # The Turkish forms of Arabic names, which Turkish desks write for Syrians (the Turkish
    # alphabet of 1928: c is /dʒ/; the final consonant written as Turkish says it, d as t, b as
    # p; TDK, *Yazım Kılavuzu*, and the Turkish civil registry's usage, e.g. Muhammet, Cuma).
    # Listed where the keys differ by more than a slip or a vowel.
    (
        ("Muhammad", "محمد", "Mohammad", "Mohammed", "Mohamed", "Mohamad", "Muhammed"),
        ("Muhammet", "Mehmet", "Mhd"),
    ),
    (("Jumaa", "جمعة", "Jomaa", "Juma"), ("Cuma",)),
    (("Jamal", "جمال"), ("Cemal",)),
    (("Jamila", "جميلة"), ("Cemile",)),
    (("Jihad", "جهاد"), ("Cihat", "Cihad")),
    (("Khadija", "خديجة", "Khadijah"), ("Hatice",)),
    (("Najla", "نجلاء"), ("Necla",)),
    (("Najib", "نجيب"), ("Necip",)),
    (("Majid", "ماجد"), ("Mecit",)),
    (("Rajab", "رجب"), ("Recep",)),
    (("Jafar", "جعفر"), ("Cafer",)),
    (("Kawthar", "كوثر"), ("Kevser",)),
    (("Hajar", "هاجر"), ("Hacer",)),
    (("Haji", "حاجي", "Hajji"), ("Hacı",)),
)


# Ethiopian and Eritrean names built on Gebre-, Wolde-, Haile-, Tekle-, Kidane-, Fikre- (Gebre
# Medhin, "servant of the Saviour") are written with the first part cut to its first letter
# and a slash, in Ethiopic and in Latin letters alike: ገ/መድህን and G/Medhin for ገብረመድህን,
# Gebremedhin; W/Michael, H/Mariam, T/Haimanot, K/Mariam, F/Selassie. Spelt out before keying
# (``normalise.name_key``) as the commonest name each letter stands for: H/ is also Habte and
# T/ also Tesfa, which the similarity of the rest of the name still brings close.
ETHIOPIAN_ABBREVIATIONS: Final[dict[str, str]] = {
    "g": "gebre",
    "w": "wolde",
    "h": "haile",
    "t": "tekle",
    "k": "kidane",
    "f": "fikre",
    "ገ": "ገብረ",
    "ወ": "ወልደ",
    "ሃ": "ሃይለ",
    "ሀ": "ሀይለ",
    "ኃ": "ኃይለ",
    "ኀ": "ኀይለ",
    "ሐ": "ሐይለ",
    "ተ": "ተክለ",
    "ኪ": "ኪዳነ",
    "ፍ": "ፍቅረ",
}


# Words that join the parts of a name rather than name anything: the Arabic article as Latin
# letters write it (al-Hassan, El Masri, Abd al-Rahman), Spanish, Portuguese and Italian
# particles (De La Cruz, Del Valle, Pérez y García, dos Santos, Di Marco), van and von. A
# name's words (``records.Features.family_word_codes``) leave them out. (Not the Armenian Ter-
# and Der-: Ter-Petrosyan is not the Petrosyan family.)
NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    {"al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "et", "er", "en",
     "de", "del", "della", "la", "las", "los", "le", "lo", "da", "das", "do", "dos", "di", "du",
     "y", "e", "i", "van", "von"}
)  # fmt: skip

# Words written before a father's name to say "child of" (Pakistani and Indian forms: ``s/o
# Basheer``, ``d/o Abdul Kareem``; Arabic ``bin``, ``ibn``, ``bint``, ``ولد``, ``بن``, ``بنت``).
# One desk writes them and another does not: they are left out (``records._without_child_of``).
CHILD_OF_PARTICLES: Final = (
    "s/o",
    "d/o",
    "son of",
    "daughter of",
    "bin",
    "ibn",
    "bint",
    "ولد",
    "بن",
    "بنت",
)

# What desks type in a name field for a name the person has not or did not give: US processing's
# FNU and LNU (first, last name unknown), NFN (no first name); words for none and unknown in
# English, French (néant, the civil registries' "nothing", and inconnu), Spanish, Russian,
# Ukrainian, Arabic (لا يوجد "there is none", غير معروف and مجهول "unknown"), Persian
# (ندارد "has not", نامعلوم "unknown"), Malay and Indonesian (tiada, tidak ada "there is
# none", at the Malaysian and Indonesian camps' desks) and Vietnamese (không rõ "unknown",
# không có "there is none"). Lower case, as records compare them.
NAME_PLACEHOLDERS: Final = frozenset(
    {"fnu", "lnu", "nfn", "nln", "unknown", "unk", "none", "nil", "n/a", "x", "xx", "xxx",
     "néant", "neant", "inconnu", "inconnue", "desconocido", "desconocida", "неизвестно",
     "невідомо", "нет", "لا يوجد", "غير معروف", "مجهول", "ندارد", "نامعلوم", "نامشخص",
     "tiada", "tidak ada", "không rõ", "khong ro", "không có", "khong co"}
)  # fmt: skip
# The two of them that US processing writes for a person of one name, which goes in the
# family-name field (``FNU Khadija``): that name is the given name of other desks' records.
FIRST_NAME_UNKNOWN: Final = frozenset({"fnu", "nfn"})

# The parts of one Arabic name that desks write as two words or one: ``Abd al-Rahman``,
# ``Abdel Rahman``, ``Abdelrahman``, ``عبد الرحمن``; ``Abu Bakr``; ``Nasr El Din``,
# ``Nasreldin``, ``نصر الدين``; ``Abd Allah``, ``Abdalla``. A naming chain (``records.
# NamingChains``) counts such a name once: a word of ``COMPOUND_HEADS`` (and an article
# after it) is joined to the word that follows, a word of ``COMPOUND_TAILS`` (and an article
# before it) to the word before. Lower case, as records compare them.
COMPOUND_HEADS: Final = frozenset(
    {"abd", "abdel", "abdal", "abdul", "abdil", "abdol", "abu", "abou", "abo", "عبد", "ابو", "أبو"}
)
COMPOUND_TAILS: Final = frozenset(
    {"allah", "alla", "ullah", "ulla", "din", "deen", "dine", "eddin", "eddine", "uddin",
     "eldin", "aldin", "الله", "الدين"}
)  # fmt: skip
# The name of the Prophet before a person's own name, which the person and most desks leave
# out: ``Mohammad Rashid`` is called Rashid (Afghan, Pakistani and Bangladeshi usage, and
# Arab), ``Md. Ayas`` is Ayas, ``Muhammet Ali`` at a Turkish desk is Ali at the next. Its
# spellings, in Latin letters and in Arabic and Bengali script.
MUHAMMAD_PREFIXES: Final = frozenset(
    {"mohammad", "mohammed", "mohamed", "mohamad", "muhammad", "muhammed", "muhamad",
     "muhammet", "mouhamed", "mohd", "md", "mhd", "mehmet", "محمد", "মোহাম্মদ", "মোঃ", "মুহাম্মদ"}
)  # fmt: skip
# The Arabic article written apart in Latin letters, joined to the word after it in a chain.
CHAIN_ARTICLES: Final = frozenset({"al", "el", "ul"})

# --- Somali (the official Latin orthography of 1972) ---------------------------------------------
# Somali clerks write c for the ʿayn (ع) and x for the ħ (ح) that English spellings leave out or
# write as h: Maxamed, Cabdi, Xasan, Cali are Mohamed, Abdi, Hassan, Ali; doubled vowels are long
# (Faarax: the keys fold them). Read by name: a c or an x is Somali only in a Somali name
# (Alexander, Maxim, Carlos, Xavier keep theirs). The commonest names of Somali registries, in
# the orthography, with the spelling English-writing desks use; a name that begins with Cabd
# (Cabdi, Cabdullaahi, Cabdiraxmaan and every Cabdi- compound) is read without its c.
SOMALI_SPELLINGS: Final[dict[str, str]] = {
    "maxamed": "mohamed", "maxamuud": "mohamud", "maxmuud": "mohamud", "maxad": "mohad",
    "axmed": "ahmed", "cali": "ali", "cumar": "omar", "xasan": "hassan", "xassan": "hassan",
    "xuseen": "hussein", "xusseen": "hussein", "xirsi": "hirsi", "cilmi": "elmi",
    "ciise": "issa", "cismaan": "osman", "cusmaan": "osman", "siciid": "said", "saciid": "said",
    "jaamac": "jama", "faarax": "farah", "ismaaciil": "ismail", "xaashi": "hashi",
    "xaaji": "haji", "xamza": "hamza", "xamse": "hamse", "xabiib": "habib", "xamiid": "hamid",
    "xaamud": "hamud", "cawil": "awil", "cawaale": "awale", "cige": "ige", "carab": "arab",
    "cadde": "ade", "caddow": "addow", "macallin": "mualim", "sacad": "saad", "yaxye": "yahya",
    "xaawo": "hawa", "xawo": "hawa", "xaliimo": "halima", "caasha": "asha", "cawo": "awo",
    "xamdi": "hamdi", "sucaad": "suad", "ubax": "ubah", "nimco": "nimo", "sacdiyo": "sadia",
    "xafsa": "hafsa", "naciima": "naima", "cibaado": "ibado", "hibaaq": "hibak",
    "cabdille": "abdille", "cabdulle": "abdulle",
}  # fmt: skip
