"""Seventh hands: a synthetic multi-agency registry of the Syrian flight, 2012-2020.

An independent benchmark generator for record linkage.  It was written without looking at the
engine it tests and is not tuned to it.  It only knows the interchange format.

THE WORLD
Households from Aleppo, Idlib, Homs, Hama, Raqqa, Deir ez-Zor, Damascus and its countryside,
Daraa and Hasakah/Qamishli flee, in the waves that really happened (Homs and Qusayr 2012-13 to
Lebanon, Daraa 2012-13 to Jordan, Aleppo and Idlib to Turkiye, Kobani in September 2014,
Qamishli/Hasakah to Iraqi Kurdistan in August 2013 and October 2019, Tell Tamer in 2015 ...).
Most are Sunni Arabs; a little over a fifth belong to minorities: Kurds, Syrian Armenians,
Assyrians, Turkmen, Palestinians from Syria and Arab Christians, each with their own names and
routes.

Names follow Arabic usage: a given name (very concentrated: about 11 % of men are Muhammad,
6 % Ahmad), the father's name, the grandfather's name and a family or tribal name, often with
the article.  Some men carry a double name ("Muhammad Khayr") and go by the second part.
Women keep their father's family name, so spouses usually have different surnames while the
children take the father's; cousin marriage makes one couple in seven share a surname.
Some rural and tribal families have no surname and use the grandfather's name instead.  Kurds
born before ~1996 often carry an official Arabic name and a Kurdish name in daily use.
Households are large and varied: nuclear and extended families, two brothers' families
together, polygamous households, women heading households while the husband is absent,
elderly couples, young men alone and unaccompanied minors.  Brothers flee separately and name
their eldest sons after the grandfather, so cousins share a given name, a surname and a
grandfather.

Every name is stored once in a light scholarly transcription (see "Phonemic notation") and
every clerk writes it out with fixed habits of his own:
  * Arabic script, with or without hamza on alif, with ة or ه, with ى or ي, "عبد الرحمن" or
    "عبدالرحمن"; Kurdish in Arabic script (ckb) at Kurdistan desks; Armenian script at the
    Armenian relief desk.
  * Latin: English/UN style (Mohammad/Muhammad/Mohammed, Hussein/Husain, Al-Hassan/Alhassan),
    French (Lebanon: Mouhammad, Chadi, Youssef, Abdel Rahman, Noureddine), Turkish (DGMM/AFAD:
    Muhammed, Ahmet, Hüseyin, Ömer, Abdurrahman, ş ç ğ ı, capitals, sometimes stripped of
    diacritics), Kurmanji (Mihemed, Xelîl, Şêrîn), old Syrian passport capitals (MOHAMAD,
    ALHASAN) and, rarely, chat style (3ali, Mo7ammad).  Gutturals drop, doubling varies, short
    vowels vary, the article assimilates or vanishes, colloquial forms creep in (Fatmeh,
    Sleiman, Youssef).
Mistakes and habits on top: typos (keyboard neighbours on QWERTY and Arabic keyboards, dot
confusions, dropped/doubled/swapped letters), given and family name swapped, the father's name
typed into the given-name field, the grandfather's or father's name as surname, wives recorded
under the husband's surname (Turkish desks especially), kunya (Abu Ahmad) and nicknames,
day/month swaps, 1 January or year-only births, ages turned into years, missing fields, phone
numbers in every format, Syrian SIMs replaced by local SIMs, camp leaders' phones shared by
whole settlements, and household references that differ per agency.

Registrations: a border or reception record (sometimes), the main registration (UNHCR, DGMM,
UNRWA ...), cash/food programmes (often the head of household only), local NGOs, verification
exercises reusing the case number, onward moves to another country, adult children registered
as their own case, people registering alone, and the odd same-day double entry.  About
16-17 % of people end up with two or more records.

RATES (share of records at 100k people, ranges over seeds: habits belong to clerks, a desk
has 2-6 clerks, so the mix shifts with the draw and clusters by desk)
  Latin 83-88 % (English/UN 39-47, Turkish 27-33, passport capitals 4-10, French 2-7,
  Kurmanji 0.3-1, chat 0.1-0.3), Arabic script 12-19 %, Kurdish Arabic script 0.1-0.6 %,
  Armenian script 0.2 %; capitals ~30 %.  Typos ~1.9 % per name field; given/family swapped
  1 %; father's name in the given-name field 2 %; patronymic missing 13-16 %; grandfather's or
  father's name as surname 1 %; tribe as surname 0.8 %; wife under her husband's surname
  2.4 %; birth date 1 January ~9 %, computed from a stated age 2 %, day/month swapped 0.4 %,
  missing 1 %; phone missing 25 % (whole visit or all but the head), new SIM since the last
  registration 3 %, camp leader's phone 0.3 %; origin as governorate 24 %, missing 5 %, last
  residence instead of origin 3.7 %; household reference missing 16 %.

TRAPS (why.csv, per person): twin, namesake_same_year, namesake_same_father (same given,
father's and family name), namesake_same_dob, cousins_same_name (sons of brothers named after
their grandfather), grandson_same_name, co_wife, spouse_same_family, unisex_name (Alaa, Nour,
Sabah), unaccompanied_minor.

OUTPUT
  DIR/records.csv  the interchange format (record_id,given_name,family_name,patronymic,sex,
                   birth_date,origin,phone,household_ref,registered_at,site)
  DIR/truth.csv    record_id,person_id
  DIR/why.csv      (with --explain) record_id,person_id,household_id,desk,tags,traps
Record ids are assigned after shuffling and say nothing about the person.  Output is
deterministic for a given seed.

    python bench/seventh_hands.py --people 100000 --seed 71 --out /tmp/seventh/100k --explain
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import time
from bisect import bisect_right
from datetime import date

# ---------------------------------------------------------------------------------------------
# Phonemic notation
# ---------------------------------------------------------------------------------------------
# Consonants: ʾ (hamza) b t ṯ j ḥ ḫ d ḏ r z s š ṣ ḍ ṭ ẓ ʿ ġ f q k l m n h w y, and p v g č ž for
# Kurdish, Armenian and Syriac sounds.  Vowels: a i u short, ā ī ū long, e o ē ō (Kurdish and
# Syriac), ẗ = final -a written with tāʾ marbūṭa, ỳ = final -a written with alif maqṣūra.
# "al-" is the article; a space separates the words of one name; "_" in the tables below
# stands for that space.

VOWELS = frozenset("aiueoāīūēōẗỳ")
SUN = frozenset("tṯdḏrzsšṣḍṭẓln")
BACK = frozenset("ḥḫʿġqṣḍṭẓr")  # Levantine speech keeps final -a after these, else says -e


class Pool:
    """Weighted choice, fast enough for the hot loop."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs):
        self.items = [k for k, _ in pairs]
        self.cum = []
        acc = 0.0
        for _, w in pairs:
            acc += w
            self.cum.append(acc)
        self.total = acc

    def pick(self, rng):
        return self.items[bisect_right(self.cum, rng.random() * self.total)]


def choose(rng, pairs):
    return Pool(pairs).pick(rng)


def parse_names(text: str) -> list[tuple[str, tuple[float, ...]]]:
    """'name:old/mid/young' entries -> [(phon, (w_old, w_mid, w_young))]."""
    out = []
    for item in text.split():
        name, _, weights = item.partition(":")
        ws = tuple(float(x) for x in weights.split("/")) if weights else (1.0,)
        if len(ws) == 1:
            ws = ws * 3
        out.append((name.replace("_", " "), ws))
    return out


# ---------------------------------------------------------------------------------------------
# Names.  Weights per era of birth: before 1966, 1966-1995, after 1995.
# ---------------------------------------------------------------------------------------------

ARAB_MALE = parse_names("""
muḥammad:15/13/12 ʾaḥmad:8/7/7 ʿalī:4/3/2.5 ḥusayn:3/2/1.5 ḥasan:3/2.2/1.8 ʿumar:1.5/2.5/3.5
ḫālid:2/3/2 maḥmūd:4/3/2 ʿabd_al-raḥmān:1.5/2.5/3.5 ʿabd_allāh:2/2.5/3 yūsuf:1.5/2/3
ʾibrāhīm:2.5/2/2 muṣṭafỳ:2.5/2/1.5 ḫalīl:2.5/1.5/1 ṣāliḥ:2/1/0.5 ʿabd_al-qādir:2/1/0.5
ʿabd_al-ʿazīz:1/1/0.5 ʿabd_al-karīm:1.5/1/0.3 ʿabd_al-ḥamīd:1/0.6/0.2 ʿabd_al-salām:1/0.8/0.3
ʿabd_al-laṭīf:1/0.5/0.2 ʿabd_al-razzāq:0.8/0.5/0.2 ʿabd_al-nāṣir:0.6/0.6/0.1 jamāl:1/1/0.3
walīd:0.5/1.5/0.5 sāmir:0.2/1.2/0.5 bassām:0.3/1.2/0.3 fādī:0.1/1.2/0.5 rāmī:0.1/1.2/0.5
ʿammār:0.2/1/1 yāsir:0.5/1.2/0.8 ḥamzẗ:0.2/0.8/2 bilāl:0.2/0.8/1 ʾanas:0.1/0.6/1.5
ʿubādẗ:0.1/0.3/1 muʿāḏ:0.1/0.3/1.2 bakr:0.5/0.5/0.5 ʿuṯmān:0.8/0.6/0.8 ḥammūd:1/0.5/0.2
jumʿẗ:1.2/0.5/0.1 fawwāz:0.6/0.6/0.2 fayṣal:0.6/0.8/0.4 hišām:0.4/1/0.4 ṭāriq:0.3/1/0.6
ziyād:0.3/0.8/0.5 mājid:0.5/0.8/0.3 māzin:0.2/0.8/0.3 ʾayham:0.05/0.5/1 wāʾil:0.2/0.8/0.3
ʿadnān:0.8/0.6/0.2 ʾismāʿīl:1/0.8/0.6 yūnus:0.6/0.5/0.4 sulaymān:1/0.6/0.4 qāsim:0.8/0.6/0.4
raḍwān:0.4/0.6/0.3 riyāḍ:0.5/0.6/0.2 ʿādil:0.6/0.6/0.2 nabīl:0.5/0.7/0.2 ʾusāmẗ:0.2/0.8/0.5
zakariyyā:0.3/0.5/0.6 yaḥyỳ:0.4/0.5/0.6 ṭaha:0.3/0.4/0.6 muhannad:0.05/0.6/0.6
ʾayman:0.2/0.8/0.3 ʿimād:0.4/0.6/0.2 šādī:0.05/0.6/0.3 marwān:0.3/0.6/0.4 jihād:0.3/0.6/0.2
ġayṯ:0.05/0.3/0.8 yāmin:0.01/0.2/1.2 ʿabbās:0.6/0.4/0.2 mūsỳ:0.8/0.5/0.4 ʿīsỳ:0.4/0.3/0.2
ramaḍān:0.8/0.4/0.1 saʿīd:0.8/0.6/0.2 saʿd:0.4/0.4/0.3 ḥāmid:0.6/0.4/0.2 ḥamad:0.8/0.5/0.3
ṭalāl:0.3/0.5/0.2 ġassān:0.3/0.6/0.2 ṯāʾir:0.05/0.5/0.2 haytham:0.2/0.6/0.2 mahdī:0.3/0.4/0.3
karīm:0.2/0.4/0.6 nizār:0.3/0.5/0.1 ḥusām:0.1/0.5/0.4 ʾiyād:0.1/0.5/0.3 rāʾid:0.1/0.5/0.2
šākir:0.5/0.3/0.1 diyāb:0.5/0.2/0.1 ʿabdū:0.5/0.2/0.05 nūr_al-dīn:0.4/0.5/0.6
ʿalāʾ_al-dīn:0.2/0.4/0.4 ṣalāḥ_al-dīn:0.3/0.4/0.3 sayf_al-dīn:0.05/0.3/0.5
ʿizz_al-dīn:0.2/0.3/0.3 ḫayr_al-dīn:0.3/0.2/0.1 ʿalāʾ:0.1/0.5/0.3 nūr:0.05/0.1/0.1
ṣabāḥ:0.2/0.1/0.01 manṣūr:0.4/0.4/0.2 masʿūd:0.4/0.3/0.1 maʾmūn:0.2/0.4/0.2 nāṣir:0.4/0.4/0.2
ʿāmir:0.3/0.4/0.4 nadīm:0.1/0.3/0.2 wasīm:0.05/0.4/0.4 rašīd:0.4/0.3/0.1 muḫtār:0.3/0.2/0.1
munīr:0.3/0.3/0.1 ʾamjad:0.05/0.4/0.3 ʾasʿad:0.3/0.3/0.1 ʾanwar:0.3/0.3/0.1 ʾakram:0.2/0.3/0.1
ʾašraf:0.1/0.3/0.2 ʾiḥsān:0.3/0.3/0.1 ʿiṣām:0.2/0.4/0.1 fāris:0.2/0.3/0.4 fuʾād:0.3/0.3/0.1
kamāl:0.4/0.3/0.1 ṣaddām:0/0.3/0.05 qutaybẗ:0/0.2/0.4 ʿuqbẗ:0/0.1/0.3 ḥuḏayfẗ:0/0.2/0.5
ṣuhayb:0/0.2/0.4 zuhayr:0.2/0.2/0.1 luʾay:0.05/0.3/0.2 sāmī:0.2/0.4/0.2 šafīq:0.3/0.2/0.05
fawzī:0.3/0.2/0.05 ḥilmī:0.2/0.1/0.02 jaʿfar:0.1/0.2/0.1 jalāl:0.2/0.3/0.1 ʿārif:0.2/0.2/0.1
ḥāzim:0.1/0.3/0.2 ḥātim:0.1/0.3/0.2 muʿtaṣim:0/0.2/0.4 murād:0.1/0.3/0.3 rabīʿ:0.2/0.3/0.2
raʾfat:0.2/0.2/0.05 ṣafwān:0.05/0.3/0.3 sālim:0.4/0.3/0.2 šihāb:0.05/0.2/0.2 yazan:0/0.1/0.5
zayd:0.1/0.2/0.5 zayn:0/0.1/0.4 ʾuways:0.1/0.1/0.2 ġiyāṯ:0/0.2/0.3 ḥamūdẗ:0.2/0.1/0.02
""")

ARAB_FEMALE = parse_names("""
fāṭimẗ:8/6/4 ʿāʾišẗ:3/2/2 maryam:3/3/4 nūr:0.5/2/3.5 rašā:0.2/2/0.5 hibẗ:0.2/2/1
ʾamal:1.5/1.5/0.5 zaynab:2/2/1.5 ʾasmāʾ:1/2/1.5 ḫadījẗ:4/2/1.5 ḥanān:0.8/1.5/0.5
samar:0.3/1.2/0.3 ranā:0.2/1.2/0.3 rīm:0.2/1/0.8 lamỳ:0.1/0.8/1 sārẗ:0.3/0.8/1.5
rahaf:0.01/0.5/1.5 hālẗ:0.2/0.8/1 hudỳ:0.5/1/0.6 salmỳ:0.6/0.6/0.8 šahd:0.01/0.3/1.2
ruqayyẗ:0.5/0.6/0.8 ʾamīnẗ:2/0.8/0.3 zahrāʾ:0.5/0.5/0.5 widād:0.6/0.4/0.05 najāḥ:0.6/0.4/0.05
samīrẗ:0.8/0.6/0.05 suʿād:0.8/0.5/0.05 laylỳ:0.8/0.8/0.5 munỳ:0.5/0.8/0.3 ġādẗ:0.2/0.8/0.2
nadỳ:0.2/0.6/0.5 wafāʾ:0.6/0.8/0.2 ʾīmān:0.4/1/0.6 raġad:0.01/0.3/1 bayān:0.05/0.4/0.8
duʿāʾ:0.05/0.8/0.6 ʾisrāʾ:0.05/0.8/0.5 ʿalāʾ:0.05/0.5/0.4 yāsmīn:0.1/0.6/0.8
janỳ:0.01/0.2/1.2 ḥamīdẗ:1.2/0.3/0.05 ḫawlẗ:0.4/0.6/0.4 sumayyẗ:0.3/0.6/0.4 hind:0.5/0.6/0.3
nisrīn:0.1/0.8/0.2 ʿulā:0.1/0.6/0.3 līnā:0.05/0.5/0.6 dīmā:0.05/0.5/0.4 rawān:0.01/0.5/0.8
batūl:0.1/0.4/0.6 malāk:0.01/0.3/1 ʾāyẗ:0.05/0.5/1.2 jūdī:0/0.05/0.8 ṣafāʾ:0.3/0.6/0.2
ʾilhām:0.4/0.5/0.1 nawāl:0.6/0.4/0.05 ʿazīzẗ:1/0.3/0.05 ḫaḍrẗ:1/0.2/0.01 ṣabāḥ:0.8/0.3/0.05
ḥasnāʾ:0.6/0.4/0.2 ġazālẗ:0.5/0.2/0.05 ḥalīmẗ:0.8/0.3/0.05 nūr_al-hudỳ:0.05/0.4/0.6
fāṭimẗ_al-zahrāʾ:0.05/0.3/0.4 šām:0/0.02/0.6 tālā:0/0.05/0.6 lānā:0/0.1/0.6 māyā:0/0.1/0.5
sidrẗ:0/0.05/0.5 šaymāʾ:0.05/0.4/0.3 ʾaḥlām:0.3/0.6/0.1 kawṯar:0.3/0.4/0.3 ṣafiyyẗ:0.6/0.3/0.2
manāl:0.2/0.5/0.2 ʾasīl:0/0.2/0.4 ʾarwỳ:0.05/0.3/0.4 bušrỳ:0.3/0.4/0.2 bāsimẗ:0.2/0.3/0.1
dalāl:0.2/0.3/0.2 ġufrān:0/0.3/0.3 ḥanīn:0/0.3/0.5 ʾilāf:0/0.1/0.4 jamīlẗ:0.5/0.3/0.05
jihān:0.1/0.3/0.1 kifāḥ:0.2/0.2/0.02 lubnỳ:0.1/0.4/0.2 majd:0/0.1/0.3 marwẗ:0.05/0.4/0.4
maysāʾ:0.05/0.3/0.2 maysūn:0.2/0.3/0.1 najwỳ:0.3/0.3/0.05 nuhỳ:0.1/0.4/0.2 rabāb:0.3/0.3/0.1
raḥmẗ:0.2/0.2/0.3 rāniyẗ:0.05/0.3/0.2 rīhām:0/0.3/0.2 sanāʾ:0.3/0.4/0.1 šaḏỳ:0.05/0.3/0.3
šarīfẗ:0.4/0.2/0.05 siham:0.4/0.3/0.05 tasnīm:0/0.2/0.5 yusrỳ:0.2/0.3/0.2 zakiyyẗ:0.5/0.2/0.02
ʿabīr:0.1/0.4/0.2 ʿafāf:0.3/0.3/0.05 ḫulūd:0.1/0.4/0.1 ʿalyāʾ:0/0.1/0.3 fidāʾ:0.05/0.3/0.2
""")

UNISEX = frozenset({"ʿalāʾ", "nūr", "ṣabāḥ"})

# Second parts of double names: "Muhammad Khayr" is called Khayr at home.
MHD_POOL = Pool(
    (n, w[0])
    for n, w in parse_names(
        "ʿalī:3 ḫayr:3 nūr:2 saʿīd:2 ʾamīn:2 bašīr:1.5 ṣāliḥ:1 jamīl:1 ʿīd:1 fāʾiz:1 ʾanas:1 ṭaha:1"
    )
)

KURD_MALE = parse_names("""
hōzān:0.2/1/2 kāwā:0.2/1/2 ʾāzād:0.3/1/1.5 šivān:0.1/0.8/1.5 ḫebāt:0.1/0.6/1 jiwān:0.1/0.8/1.5
rēzān:0.05/0.5/1 dilšād:0.2/0.6/0.8 bāwer:0.05/0.5/1 rēbwār:0.05/0.4/0.8 bōtān:0.05/0.3/0.8
dilōvān:0.05/0.4/0.8 ʾārām:0.05/0.5/1 hawār:0.05/0.4/0.8 farhād:0.3/0.6/0.6 rōhāt:0/0.2/0.8
zānyār:0/0.2/0.6
""")

KURD_FEMALE = parse_names("""
rōžīn:0.05/0.8/2 dīlān:0.1/0.8/1.5 šērīn:0.3/1/1.5 zōzān:0.1/0.6/1 bērīvān:0.1/0.8/1.2
ʾevīn:0.1/0.6/1 žiyān:0.05/0.4/1 hēvī:0.05/0.5/1 rōnāhī:0.05/0.3/0.6 berfīn:0.05/0.4/1
gulīstān:0.5/0.5/0.3 delāl:0.3/0.4/0.5 ʾārīn:0/0.2/0.8 hēlīn:0/0.2/0.8 zīlān:0/0.2/0.6
nārīn:0/0.2/0.6 viyān:0/0.2/0.6
""")

KURD_FAMILY = parse_names("""
šēḫō:3 ḥamō:3 ḥassō:3 ʿabdō:3 bakrō:2 māmō:2 mēḥō:2 silō:1.5 ʿisō:1.5 bōzān:1.5 ḥājī:2 kālō:1
darwīš:2 ʿalī:3 ḥusayn:3 muḥammad:3 ḫalīl:2.5 ʾibrāhīm:2 ʿuṯmān:2 ʿumar:2 yūsuf:2 ḥasan:2.5
ʾaḥmad:2.5 ʿēlō:1 ḥājō:1 šāhīn:1 barāzī:1 ʿōsē:1 rašō:1 ʿabd_al-raḥmān:1 ramaḍān:1 ḥannān:0.5
""")

ASSYRIAN_MALE = parse_names("""
gīwargīs:3 nīnōs:2 sargōn:2 ʾāšūr:2 šlēmūn:1.5 yōnān:1.5 ʾōdīšō:1.5 hurmiz:1 šarbēl:1
ʾilyās:2 buṭrus:1.5 yaʿqūb:1.5 ḥannā:2 ʾafrēm:1.5 ʿazīz:1 jibrāʾīl:1.5 dinḥā:1 yūsuf:2 ʿīsỳ:1
""")

ASSYRIAN_FEMALE = parse_names("""
šāmīrān:3 nīnwā:2 maryam:3 ʾatrā:1 nahrīn:1.5 mārtā:1.5 šāmīrām:1 samīrẗ:1.5 ḥannẗ:1 ranā:1
jūrjēt:1 nādiyẗ:1 līnā:1 rītā:1
""")

ASSYRIAN_FAMILY = parse_names("""
barṣūm:2 ʾisḥāq:2 šamʿūn:2 ḫōšābā:1.5 ʾōdīšō:1.5 wardā:1 kākō:1 tōmā:1.5 laḥdō:1 malkē:1
gallō:1 dinḥā:1 yaldā:1 binyāmīn:1 ḥannā:1.5 yūsuf:1.5 jibrāʾīl:1.5 ʾasmar:1
""")

CHRISTIAN_MALE = parse_names("""
jūrj:3 ʾilyās:3 ḥannā:2 buṭrus:1.5 mīšāl:2 fādī:2 ṭōnī:1.5 jōzēf:1.5 ʾanṭwān:1.5 ʾibrāhīm:1
yūsuf:2 jirjis:1 ḫalīl:1 samīr:1.5 jamīl:1 nabīl:1 bāsil:1 ʿīsỳ:1 ramzī:1 šarbēl:1
""")

CHRISTIAN_FEMALE = parse_names("""
māryā:2 rīmā:2 jūrjēt:1.5 nādiyẗ:1.5 samīrẗ:1.5 sawsan:1.5 ranā:1.5 hālẗ:1 rašā:1 līnā:1.5
kristīn:1 mārī:1.5 maryam:1.5 ʾilhām:1 laylỳ:1 rītā:1
""")

CHRISTIAN_FAMILY = parse_names("""
ḥaddād:3 ḫūrī:3 naṣṣār:2 jabbūr:2 ʿaṭiyyẗ:1.5 dāwūd:1.5 ʿīsỳ:1 ṣabbāġ:1.5 naḥḥās:1 ḥannā:1.5
ʿabd_al-nūr:1 ʾilyās:1 šaḥḥūd:1 ġaṣṣūb:1 ʿāzār:1 saʿādẗ:1 mālik:1
""")

TURKMEN_MALE_EXTRA = parse_names("ʾaslān:0.5/0.8/0.8 ʾōrḫān:0.3/0.6/0.8 ṭūrġūt:0.2/0.3/0.4")

TURKMEN_FAMILY = parse_names("""
al-turkmānī:3 qarā_ʿalī:2 qarā_mūsỳ:1 ʾāġā:1.5 ḥājī_ʿumar:1 ṭōpāl:1 bayraqdār:1 ʾaṣlān:1
qūrt:1 čaqmaq:0.8 dōġān:1 qaplān:1 al-bayruṭlī:0.5 ʿalī_bāšā:0.5
""")

PALESTINIAN_FAMILY = parse_names("""
ʾabū_ḥamdān:2 al-ḫaṭīb:2 ḥamdān:2 darwīš:2 ʿawaḍ:2 ʾabū_šaʿr:1 ʿawdẗ:1.5 šarīf:1 qāsim:1.5
šaḥādẗ:1.5 ʾabū_ʿalī:1 samārẗ:1 naṣṣār:1 zaqqūt:1 ḥabaš:1 al-ṣafadī:2 al-lūbānī:1.5
al-ṭabarānī:1 al-ʿakkāwī:1 al-ḥayfāwī:1 ʿabd_al-ʿāl:1 manṣūr:1.5 al-ʾaḥmad:1 al-ḥasan:1
""")

ARAB_FAMILY_GENERAL = parse_names("""
al-ḥasan:4 al-ʾaḥmad:4 al-ʿalī:4 al-muḥammad:4 al-ḥusayn:3 al-ḫalīl:2.5 al-ʿumar:2.5
al-ʿabd_allāh:2.5 al-ʾibrāhīm:2.5 al-ṣāliḥ:2 al-ḥamūd:2 al-muṣṭafỳ:1.5 al-yūsuf:2 al-ḫaṭīb:2
al-maṣrī:1.5 al-šayḫ:1.5 al-ḥājj:1 ḥaddād:1.5 najjār:1.5 ḫayyāṭ:1 ṣabbāġ:1 ḥallāq:1 ḫabbāz:1
laḥḥām:1 ʿaṭṭār:1 dabbāġ:0.5 qaṣṣāb:1 naḥḥās:0.5 al-kurdī:1 al-ḥamad:2 al-jāsim:1.5
ʾabū_zayd:1 ʾabū_ʿalī:1 al-ʿabd:1 al-ʾaswad:0.5 darwīš:1 dāwūd:1 qaddūr:1 bakkūr:1 šaʿbān:1
ʿuṯmān:1 ramaḍān:1 ḥamdān:1 salāmẗ:1 ʿīsỳ:0.5 mūsỳ:0.5 ḥājj_ʿumar:0.5 šayḫ_ʿalī:0.5
al-saʿīd:1 al-ḥumṣī:0.8 al-ḥalabī:1 al-šāmī:1 al-ʾidlibī:0.6 al-ḥamawī:0.6 al-ʾanṣārī:0.5
al-ḥusaynī:0.5 al-sayyid:1 ʿaṭiyyẗ:0.5 ʿabbūd:0.8 ʿaqīl:0.5 al-naʿsān:0.5 al-ḫalaf:1.5
al-ʿubayd:1 al-ḫalīfẗ:1 al-ḥājj_ḥasan:0.5 al-qāsim:1 al-nāṣir:0.5 al-ʾasʿad:0.5
""")

# The long tail of Syrian surnames, built from real roots in the productive surname patterns:
# Qaddur/Hammud (faʿʿūl), Hamdan (faʿlān), Humayd/Ubayd (fuʿayl), al-Hammad (faʿʿāl),
# al-Hamid (fāʿil), al-Hamid (faʿīl), al-Hamdawi (nisba), Abu X, Hajj X, Sheikh X.
ROOTS = """ḥmd ḥsn ḫld ʿmr slm jml ṣlḥ qdr ʿbd ktb frḥ nṣr ʿzz krm rzq šrf ṭyb ḥlm ʿql bkr jbr
ḥbb ḫlf šʿb ʿwd qsm ʿṭy mlk bdr sʿd nʿm rḥm ġnm fḍl šhb ḏhb lbn ḫṭb ḥkm ʿdl nbl kml wfq njm
qṭn zyd ʿyd ḥrb ṭlb sbʿ ʿsf mrʿ jmʿ ḫḍr ʿṭr ḥll ḫbz ṣlb rbʿ ḍyf fyḍ ġzl ʿrf bšr šhd ḥfẓ ṣdq
ḥrs nṣf ṭrd ḥml ʿjl ḏkr sbḥ ḥmr ʿbs dbs ḥjr ḥdd ḫšb ḫṭr fhd ṣqr nmr ḏʾb ʿsl zhr wrd rmḍ
ʿns jss ḥṣr fḫr mṭr sḥl jbl ḥmm bʾr ʿlw ḫṭf nḥl ḥdr šqr ʿkš kʿk qbn zʿr rmn ḥwš ġṣn ʿrj""".split()
SURNAME_PATTERNS = (
    ("{0}a{1}{1}ū{2}", 1.0), ("{0}a{1}{2}ān", 1.0), ("{0}u{1}ay{2}", 0.8),
    ("al-{0}a{1}{1}ā{2}", 0.8), ("al-{0}ā{1}i{2}", 0.6), ("al-{0}a{1}ī{2}", 0.6),
    ("al-{0}a{1}{2}āwī", 0.5), ("{0}a{1}{1}ō", 0.3),
)  # fmt: skip


def surname_tail() -> list[tuple[str, float]]:
    out = []
    k = 0
    for root in ROOTS:
        c = list(root)
        for pat, w in SURNAME_PATTERNS:
            if c[1] == c[2] and "{1}{1}" in pat:
                continue
            k += 1
            out.append((pat.format(*c), w * (0.02 + (k * 7919 % 97) / 97 * 0.18)))
    for n, _ in ARAB_MALE[:70]:
        if " " not in n:
            out.append(("ʾabū " + n, 0.06))
            out.append(("ḥājj " + n, 0.04))
            out.append(("šayḫ " + n, 0.03))
    return out


ARAB_FAMILY_TAIL = surname_tail()

ARAB_FAMILY_REGIONAL = {
    "daraa": parse_names(
        "al-zuʿbī:6 al-masālmẗ:3 al-ḥarīrī:4 al-miqdād:3 al-rifāʿī:2 ʾabā_zayd:2 al-ʿawdāt:2 "
        "al-qaddāḥ:1 al-maḥāmīd:2 al-ṣayāṣnẗ:1 al-ḥawrānī:1"
    ),
    "homs": parse_names(
        "al-ʾatāsī:2 al-drūbī:2 al-jundī:2 al-sibāʿī:2 ṭlās:1.5 al-zahrāwī:1.5 al-ḫālidī:2 "
        "baṭṭāḥ:1 al-ḥumṣī:2 ʿabd_al-ʿazīz:1"
    ),
    "aleppo": parse_names(
        "kayyālī:2 al-jābirī:2 mudarris:1.5 qudsī:1.5 ḥallāq:1.5 dallāl:1.5 al-bāšā:1.5 "
        "šaʿbān:1.5 ṭabbāḫ:1 ḥanbalī:1 al-ḥalabī:2"
    ),
    "idlib": parse_names(
        "bakkūr:2 qaddūr:2 barakāt:2 šayḫ_ʿalī:1.5 ʿubayd:1.5 baytār:1.5 ḫaṭṭāb:1.5 raslān:1.5 "
        "al-saʿdū:1 al-ʿumar:2"
    ),
    "hama": parse_names("al-kaylānī:2 al-ʿaẓm:1.5 al-barāzī:1.5 al-ḥamawī:2 ʿulwān:1.5 qaṭṭān:1"),
    "raqqa": parse_names(
        "al-ḫalaf:3 al-ʿujaylī:2 al-huwaydī:2 al-ʿabd:2 al-ṣāliḥ:2 al-ḥamad:3 al-ʿubayd:2 "
        "al-jāsim:2 al-ḫalīfẗ:2"
    ),
    "deir": parse_names(
        "al-dandal:2 ʿasāf:2 al-fayyāḍ:2 al-ḥabīb:1.5 al-ḫalīfẗ:2 al-ḥamdān:2 al-jāsim:2 "
        "al-ʿaṭiyyẗ:1.5 al-ʿubayd:2 al-mašʿal:1.5"
    ),
    "rif_dimashq": parse_names(
        "šurbajī:2 ṭaha:1.5 al-buwaydānī:1.5 ʿallūš:1.5 al-dīrānī:1.5 ḫawlānī:1.5 ʿalwān:1.5 "
        "diyāb:1.5 al-šāmī:1.5 qabbānī:1 al-maydānī:1"
    ),
    "damascus": parse_names(
        "al-šāmī:2 qabbānī:1.5 al-maydānī:1.5 al-daqqāq:1 ḥamzẗ:1 al-ḥaffār:1 al-sukkarī:1"
    ),
    "hasakah": parse_names(
        "al-jubūrī:2 al-šammarī:2 al-ṭāʾī:2 al-ḥamad:2 al-ḥasan:2 al-ʿumar:2 al-ḫalaf:2"
    ),
    "latakia": parse_names("al-šaʿār:1 ḥaddād:1 al-lāḏiqānī:1"),
}

# Tribal names some desks write instead of the family name (Deir ez-Zor, Raqqa, Hasakah).
TRIBE_POOL = Pool(
    (n, w[0])
    for n, w in parse_names(
        "al-ʿuqaydī:3 al-bakkārī:3 al-šaʿyṭī:2 al-jubūrī:2 al-šammarī:2 al-ṭāʾī:1.5 al-nuʿaymī:1.5 "
        "al-ʿanazī:1.5 al-dulaymī:1"
    )
)

NICKNAMES = {
    "muḥammad": ("ḥammūdī", "ḥamādẗ"),
    "ʿabd al-raḥmān": ("ʿabbūd", "ʿabdū"),
    "ʿabd al-qādir": ("ʿabdū", "qaddūr"),
    "ʿabd allāh": ("ʿabbūd", "ʿabdū"),
    "fāṭimẗ": ("faṭṭūm",),
    "ḫadījẗ": ("ḫadūj",),
    "muṣṭafỳ": ("ṣṭayf",),
    "ʾibrāhīm": ("brāhīm",),
}

# What a Levantine speaker says, and a clerk writing by ear writes down.
COLLOQUIAL = {
    "fāṭimẗ": "fāṭmẗ",
    "ʿāʾišẗ": "ʿayšẗ",
    "yūsuf": "yūsif",
    "sulaymān": "slēmān",
    "ḥusayn": "ḥsēn",
    "ʿuṯmān": "ʿusmān",
    "ṯāʾir": "ṯāyir",
    "qāsim": "ʾāsim",
    "ʾamīnẗ": "ʾamīni",
    "ḫadījẗ": "ḫadīji",
    "muṣṭafỳ": "muṣṭafa",
    "ḥamīdẗ": "ḥamīdi",
}

# Syrian Armenians: Western Armenian names, written by hand-kept forms rather than by rule.
# key: (Armenian script, Arabic script, English forms, French forms, Turkish forms)
ARMENIAN = {
    # men
    "hy:hagop": ("Յակոբ", "هاكوب", "Hagop|Hakob|Agop", "Hagop", "Agop"),
    "hy:krikor": ("Գրիգոր", "كريكور", "Krikor|Grigor", "Krikor", "Kirkor"),
    "hy:kevork": ("Գէորգ", "كيفورك", "Kevork|Gevorg|Kevorik", "Kévork|Kevork", "Kevork"),
    "hy:garabed": ("Կարապետ", "كارابيت", "Garabed|Karapet|Garabet", "Garabed", "Karabet"),
    "hy:sarkis": ("Սարգիս", "سركيس", "Sarkis|Sargis", "Sarkis", "Sarkis"),
    "hy:vartan": ("Վարդան", "فارتان", "Vartan|Vardan", "Vartan", "Vartan"),
    "hy:nishan": ("Նշան", "نيشان", "Nishan", "Nichan|Nichane", "Nişan"),
    "hy:hovsep": ("Յովսէփ", "هوفسيب", "Hovsep|Ovsep", "Hovsep", "Ovsep"),
    "hy:boghos": ("Պօղոս", "بوغوص", "Boghos|Poghos", "Boghos", "Bogos"),
    "hy:bedros": ("Պետրոս", "بيدروس", "Bedros|Petros", "Bedros", "Bedros"),
    "hy:raffi": ("Րաֆֆի", "رافي", "Raffi|Rafi", "Raffi", "Raffi"),
    "hy:harout": ("Յարութ", "هاروت", "Harout|Harut|Haroutioun", "Harout", "Harut"),
    "hy:vahe": ("Վահէ", "فاهيه", "Vahe", "Vahé", "Vahe"),
    "hy:nerses": ("Ներսէս", "نرسيس", "Nerses", "Nersès", "Nerses"),
    "hy:avedis": ("Աւետիս", "أفيديس", "Avedis|Avetis", "Avédis", "Avedis"),
    "hy:antranig": ("Անդրանիկ", "أنترانيك", "Antranig|Andranik", "Antranik", "Andranik"),
    "hy:sevag": ("Սեւակ", "سيفاك", "Sevag|Sevak", "Sévag", "Sevak"),
    "hy:jirair": ("Ժիրայր", "جيرائير", "Jirair|Zhirayr", "Jirair", "Jirayr"),
    "hy:mihran": ("Միհրան", "ميهران", "Mihran", "Mihran", "Mihran"),
    "hy:zareh": ("Զարեհ", "زاريه", "Zareh", "Zareh", "Zare"),
    # women
    "hy:anahid": ("Անահիտ", "أناهيد", "Anahid|Anahit", "Anahide", "Anahit"),
    "hy:maral": ("Մարալ", "مارال", "Maral", "Maral", "Maral"),
    "hy:nayiri": ("Նայիրի", "نايري", "Nayiri|Nairi", "Nayiri", "Nayiri"),
    "hy:sona": ("Սոնա", "سونا", "Sona", "Sona", "Sona"),
    "hy:talin": ("Թալին", "تالين", "Talin|Taline", "Taline", "Talin"),
    "hy:shoushan": ("Շուշան", "شوشان", "Shoushan|Shushan", "Chouchane", "Şuşan"),
    "hy:houry": ("Հուրի", "هوري", "Houry|Huri", "Houri", "Huri"),
    "hy:sirvart": ("Սիրվարդ", "سيرفارت", "Sirvart|Sirvard", "Sirvart", "Sirvart"),
    "hy:arpi": ("Արփի", "أربي", "Arpi", "Arpi", "Arpi"),
    "hy:ani": ("Անի", "آني", "Ani", "Ani", "Ani"),
    "hy:seta": ("Սեդա", "سيتا", "Seta|Seda", "Séta", "Seda"),
    "hy:hasmig": ("Հասմիկ", "هاسميك", "Hasmig|Hasmik", "Hasmig", "Hasmik"),
    "hy:silva": ("Սիլվա", "سيلفا", "Silva", "Silva", "Silva"),
    "hy:alice": ("Ալիս", "أليس", "Alice|Alis", "Alice", "Alis"),
    # families
    "hy:kazanjian": ("Ղազանճեան", "قازانجيان", "Kazanjian|Ghazanjian", "Kazandjian", "Kazancıyan"),
    "hy:boyajian": ("Պոյաճեան", "بوياجيان", "Boyajian", "Boyadjian", "Boyacıyan"),
    "hy:demirjian": ("Տէմիրճեան", "دميرجيان", "Demirjian", "Demirdjian", "Demirciyan"),
    "hy:hagopian": ("Յակոբեան", "هاكوبيان", "Hagopian|Hakobyan", "Hagopian", "Agopyan"),
    "hy:krikorian": ("Գրիգորեան", "كريكوريان", "Krikorian|Grigoryan", "Krikorian", "Kirkoryan"),
    "hy:tashjian": ("Թաշճեան", "طاشجيان", "Tashjian", "Tachdjian", "Taşçıyan"),
    "hy:avedissian": ("Աւետիսեան", "أفيديسيان", "Avedissian|Avetisyan", "Avédissian", "Avedisyan"),
    "hy:sarkissian": ("Սարգիսեան", "سركيسيان", "Sarkissian|Sarkisian", "Sarkissian", "Sarkisyan"),
    "hy:manoukian": ("Մանուկեան", "مانوكيان", "Manoukian|Manukyan", "Manoukian", "Manukyan"),
    "hy:keshishian": ("Քէշիշեան", "كشيشيان", "Keshishian", "Kéchichian", "Keşişyan"),
    "hy:bedrossian": ("Պետրոսեան", "بدروسيان", "Bedrossian|Petrosyan", "Bédrossian", "Bedrosyan"),
    "hy:ohanian": ("Օհանեան", "أوهانيان", "Ohanian|Ohanyan", "Ohanian", "Ohanyan"),
    "hy:kouyoumjian": (
        "Գույումճեան",
        "كويومجيان",
        "Kuyumjian|Kouyoumjian",
        "Kouyoumdjian",
        "Kuyumcuyan",
    ),
    "hy:balian": ("Պալեան", "باليان", "Balian", "Balian", "Balyan"),
    "hy:garabedian": (
        "Կարապետեան",
        "كارابيتيان",
        "Garabedian|Karapetyan",
        "Garabédian",
        "Karabetyan",
    ),
    "hy:yacoubian": ("Յակուպեան", "يعقوبيان", "Yacoubian|Yakubian", "Yacoubian", "Yakubyan"),
    "hy:nalbandian": ("Նալպանտեան", "نالبانديان", "Nalbandian", "Nalbandian", "Nalbantyan"),
    "hy:tutunjian": ("Թութունճեան", "توتونجيان", "Tutunjian", "Toutoundjian", "Tütüncüyan"),
}
ARM_MALE = [(k, (1.0, 1.0, 1.0)) for k in list(ARMENIAN)[:20]]
ARM_FEMALE = [(k, (1.0, 1.0, 1.0)) for k in list(ARMENIAN)[20:34]]
ARM_FAMILY = [(k, (1.0, 1.0, 1.0)) for k in list(ARMENIAN)[34:]]

# Conventional forms some clerks use instead of a letter-by-letter transcription.
TR_FORMS = {
    "muḥammad": ("Muhammed", "Muhammet", "Mehmet"),
    "ʾaḥmad": ("Ahmet", "Ahmed"),
    "maḥmūd": ("Mahmut", "Mahmud"),
    "ḥusayn": ("Hüseyin", "Hüseyn"),
    "ʿumar": ("Ömer", "Omer"),
    "ʿuṯmān": ("Osman",),
    "ḫālid": ("Halit", "Halid"),
    "ʾibrāhīm": ("İbrahim",),
    "ʾismāʿīl": ("İsmail",),
    "sulaymān": ("Süleyman",),
    "ʿīsỳ": ("İsa",),
    "jamāl": ("Cemal",),
    "walīd": ("Velit", "Velid"),
    "ramaḍān": ("Ramazan",),
    "jumʿẗ": ("Cuma",),
    "ṭāriq": ("Tarık",),
    "qāsim": ("Kasım",),
    "ḥamzẗ": ("Hamza",),
    "ʾusāmẗ": ("Usame",),
    "ʿabd al-raḥmān": ("Abdurrahman", "Abdulrahman"),
    "ʿabd al-qādir": ("Abdulkadir", "Abdülkadir"),
    "ʿabd al-ʿazīz": ("Abdulaziz", "Abdülaziz"),
    "ʿabd al-karīm": ("Abdulkerim", "Abdülkerim"),
    "ʿabd al-ḥamīd": ("Abdulhamit", "Abdülhamid"),
    "ʿabd al-salām": ("Abdüsselam", "Abdusselam"),
    "ʿabd al-razzāq": ("Abdurrezzak",),
    "nūr al-dīn": ("Nurettin", "Nureddin"),
    "ṣalāḥ al-dīn": ("Selahattin", "Salahaddin"),
    "ʿalāʾ al-dīn": ("Alaaddin",),
    "ḫayr al-dīn": ("Hayrettin",),
    "ʿizz al-dīn": ("İzzettin",),
    "sayf al-dīn": ("Seyfettin",),
    "fāṭimẗ": ("Fatma", "Fatıma"),
    "ʿāʾišẗ": ("Ayşe", "Aişe"),
    "ḫadījẗ": ("Hatice", "Hadice"),
    "maryam": ("Meryem",),
    "zaynab": ("Zeynep",),
    "ʾasmāʾ": ("Esma",),
    "ʾamīnẗ": ("Emine",),
    "ruqayyẗ": ("Rukiye",),
    "sumayyẗ": ("Sümeyye",),
    "ʾamal": ("Emel", "Amal"),
    "ḥalīmẗ": ("Halime",),
    "ṣafiyyẗ": ("Safiye",),
    "ḥamīdẗ": ("Hamide",),
    "zahrāʾ": ("Zehra",),
    "kawṯar": ("Kevser",),
    "laylỳ": ("Leyla",),
    "hudỳ": ("Hüda", "Huda"),
    "ḫawlẗ": ("Havle",),
    "ʾabū": ("Ebu",),
    "ʾumm": ("Ümmü",),
    "gīwargīs": ("Corc", "Gevargis"),
    "jūrj": ("Corc", "George"),
}
KU_FORMS = {
    "muḥammad": ("Mihemed", "Muhammed", "Mihemmed"),
    "ʾaḥmad": ("Ehmed", "Ahmed"),
    "ʿalī": ("Elî", "Ali"),
    "ḥusayn": ("Hisên", "Huseyn"),
    "ḥasan": ("Hesen", "Hasan"),
    "ʿumar": ("Umer", "Omer"),
    "maḥmūd": ("Mehmûd", "Mahmud"),
    "muṣṭafỳ": ("Mistefa", "Mustefa"),
    "yūsuf": ("Ûsiv", "Yûsif", "Yusuf"),
    "ʾibrāhīm": ("Îbrahîm", "Birahîm"),
    "ʿabd al-raḥmān": ("Evdirehman", "Ebdurehman"),
    "ʿabd al-qādir": ("Evdilqadir", "Ebdulqadir"),
    "sulaymān": ("Silêman",),
    "fāṭimẗ": ("Fatme", "Fatma"),
    "ʿāʾišẗ": ("Eyşe", "Ayşe"),
    "ḫadījẗ": ("Xedîce",),
    "zaynab": ("Zeyneb", "Zeynep"),
    "maryam": ("Meryem",),
    "ʾamīnẗ": ("Emîne",),
    "ʾabū": ("Bavê", "Ebû"),
    "ʾumm": ("Diya", "Ûm"),
}
FR_FORMS = {
    "muḥammad": ("Mohammad", "Mohamed", "Mouhammad", "Mohammed"),
    "yūsuf": ("Youssef", "Youssif"),
    "muṣṭafỳ": ("Moustafa", "Mustapha"),
    "ʾusāmẗ": ("Oussama",),
    "ʿumar": ("Omar",),
    "ʿuṯmān": ("Osman", "Othman"),
    "ʿāʾišẗ": ("Aïcha", "Aicha"),
    "fāṭimẗ": ("Fatmé", "Fatima", "Fatmeh"),
    "ḫadījẗ": ("Khadijé", "Khadija"),
    "jūrj": ("Georges",),
    "ʾilyās": ("Elias", "Elie"),
    "mīšāl": ("Michel",),
    "ʾanṭwān": ("Antoine",),
    "jōzēf": ("Joseph",),
    "ṭōnī": ("Tony",),
    "jūrjēt": ("Georgette",),
    "gīwargīs": ("Georges", "Guiwarguis"),
    "šarbēl": ("Charbel",),
}
EN_COMMON = {  # conventional English spellings many clerks use instead of transcribing
    "yūsuf": ("Yousef", "Youssef", "Yusuf", "Yousif"),
    "ʿuṯmān": ("Othman", "Osman", "Uthman"),
    "ʾusāmẗ": ("Osama", "Usama"),
    "muṣṭafỳ": ("Mustafa", "Mostafa", "Moustafa"),
    "ḥusayn": ("Hussein", "Hussain", "Husein"),
    "ʿāʾišẗ": ("Aisha", "Aysha", "Aesha"),
    "zaynab": ("Zeinab", "Zainab", "Zaynab"),
    "ḫālid": ("Khaled", "Khalid"),
}
EN_FORMS = {
    "jūrj": ("George", "Jorj"),
    "ʾilyās": ("Elias", "Ilyas"),
    "mīšāl": ("Michel", "Michael"),
    "ʾanṭwān": ("Antoine", "Antwan"),
    "jōzēf": ("Joseph", "Jozef"),
    "buṭrus": ("Boutros", "Butros", "Peter"),
    "ṭōnī": ("Tony", "Toni"),
    "jūrjēt": ("Georgette", "Jorjet"),
    "māryā": ("Maria", "Mariya"),
    "gīwargīs": ("Gewargis", "Giwargis", "Georges"),
    "šāmīrān": ("Shamiran", "Shamiram"),
    "ʾāšūr": ("Ashur", "Ashour", "Assur"),
    "šlēmūn": ("Shlemun", "Shlimon"),
    "ʾōdīšō": ("Odisho", "Audisho"),
    "šarbēl": ("Charbel", "Sharbel"),
    "kristīn": ("Christine", "Kristin"),
}

# ---------------------------------------------------------------------------------------------
# Places: key -> (governorate key, Arabic, English forms, French, Turkish, Kurmanji)
# ---------------------------------------------------------------------------------------------

PLACES = {
    "aleppo": ("aleppo", "حلب", "Aleppo|Halab", "Alep", "Halep", "Heleb"),
    "al_bab": ("aleppo", "الباب", "Al-Bab|Al Bab", "Al-Bab", "El Bab", "Bab"),
    "manbij": ("aleppo", "منبج", "Manbij|Menbij", "Manbij", "Münbiç", "Minbic"),
    "azaz": ("aleppo", "اعزاز", "Azaz|Aazaz|A'zaz", "Azaz", "Azez", "Ezaz"),
    "jarablus": ("aleppo", "جرابلس", "Jarablus|Jarabulus", "Jarablous", "Cerablus", "Cerablus"),
    "tell_rifaat": (
        "aleppo",
        "تل رفعت",
        "Tell Rifaat|Tal Refaat",
        "Tell Rifaat",
        "Tel Rıfat",
        "Til Rifet",
    ),
    "afrin": ("aleppo", "عفرين", "Afrin|Efrin", "Afrine", "Afrin", "Efrîn"),
    "kobani": (
        "aleppo",
        "عين العرب",
        "Kobani|Ain al-Arab|Ayn al-Arab|Kobane",
        "Kobané",
        "Kobani",
        "Kobanî",
    ),
    "neirab": ("aleppo", "مخيم النيرب", "Neirab Camp|Nairab", "Camp de Neirab", "Neyrab", "Neyrab"),
    "homs": ("homs", "حمص", "Homs|Hims", "Homs", "Humus", "Hims"),
    "qusayr": ("homs", "القصير", "Al-Qusayr|Qusair|Qseir", "Qousseir", "Kuseyr", "Qusêr"),
    "rastan": ("homs", "الرستن", "Al-Rastan|Rastan", "Rastane", "Rastan", "Restan"),
    "talbiseh": ("homs", "تلبيسة", "Talbiseh|Talbisa", "Talbissé", "Telbise", "Telbîse"),
    "tadmur": ("homs", "تدمر", "Palmyra|Tadmur|Tadmor", "Palmyre", "Palmira", "Tedmur"),
    "wadi_nasara": (
        "homs",
        "وادي النصارى",
        "Wadi al-Nasara|Wadi Al Nasara",
        "Wadi al-Nasara",
        "Vadi en-Nasara",
        "Wadî Nesara",
    ),
    "idlib": ("idlib", "إدلب", "Idlib|Idleb", "Idleb", "İdlib", "Îdlib"),
    "maarat": (
        "idlib",
        "معرة النعمان",
        "Maarat al-Numan|Maarrat an-Numan|Maaret Al Noaman",
        "Maaret al-Nouman",
        "Maaret en-Numan",
        "Mearet Numan",
    ),
    "saraqib": ("idlib", "سراقب", "Saraqib|Saraqeb", "Saraqeb", "Serakib", "Seraqib"),
    "jisr": (
        "idlib",
        "جسر الشغور",
        "Jisr al-Shughur|Jisr Al Shoghour",
        "Jisr al-Choughour",
        "Cisr eş-Şuğur",
        "Cisr Şixûr",
    ),
    "ariha": ("idlib", "أريحا", "Ariha", "Ariha", "Eriha", "Erîha"),
    "khan_shaykhun": (
        "idlib",
        "خان شيخون",
        "Khan Shaykhun|Khan Sheikhoun",
        "Khan Cheikhoun",
        "Han Şeyhun",
        "Xan Şêxûn",
    ),
    "hama": ("hama", "حماة", "Hama|Hamah", "Hama", "Hama", "Hema"),
    "salamiyah": ("hama", "السلمية", "Salamiyah|Salamieh", "Salamié", "Selemiye", "Selemiye"),
    "latamneh": ("hama", "اللطامنة", "Al-Latamneh|Latamna", "Lataminé", "Letamine", "Letamine"),
    "raqqa": ("raqqa", "الرقة", "Raqqa|Al-Raqqa|Ar-Raqqah|Rakka", "Raqqa", "Rakka", "Reqa"),
    "tabqa": ("raqqa", "الطبقة", "Tabqa|Al-Tabqa|Al-Thawrah", "Tabqa", "Tabka", "Tebqa"),
    "tell_abyad": (
        "raqqa",
        "تل أبيض",
        "Tell Abyad|Tal Abyad",
        "Tell Abyad",
        "Tel Abyad",
        "Girê Spî",
    ),
    "deir": (
        "deir",
        "دير الزور",
        "Deir ez-Zor|Deir Ezzor|Deir al-Zour|Dayr az-Zawr",
        "Deir ez-Zor",
        "Deyrizor",
        "Dêrazor",
    ),
    "mayadin": ("deir", "الميادين", "Al-Mayadin|Mayadeen", "Mayadine", "Meyadin", "Meyadîn"),
    "bukamal": (
        "deir",
        "البوكمال",
        "Albukamal|Abu Kamal|Al-Bukamal",
        "Boukamal",
        "Ebu Kemal",
        "Bukemal",
    ),
    "hajin": ("deir", "هجين", "Hajin|Hajeen", "Hajine", "Hacin", "Hecîn"),
    "rif_dimashq": (
        "rif_dimashq",
        "ريف دمشق",
        "Rural Damascus|Rif Dimashq|Damascus Countryside|Reef Damascus",
        "Damas campagne",
        "Şam Kırsalı",
        "Gundên Şamê",
    ),
    "douma": ("rif_dimashq", "دوما", "Douma|Duma", "Douma", "Duma", "Dûma"),
    "darayya": ("rif_dimashq", "داريا", "Darayya|Daraya", "Daraya", "Dareyya", "Darya"),
    "zabadani": (
        "rif_dimashq",
        "الزبداني",
        "Zabadani|Al-Zabadani",
        "Zabadani",
        "Zebdani",
        "Zebdanî",
    ),
    "yabroud": ("rif_dimashq", "يبرود", "Yabroud|Yabrud", "Yabroud", "Yebrud", "Yebrûd"),
    "qudsaya": ("rif_dimashq", "قدسيا", "Qudsaya|Qudssaya", "Qoudsaya", "Kudsaya", "Qudsaya"),
    "damascus": ("damascus", "دمشق", "Damascus|Dimashq", "Damas", "Şam", "Şam"),
    "yarmouk": (
        "damascus",
        "مخيم اليرموك",
        "Yarmouk Camp|Yarmouk|Al-Yarmouk",
        "Camp de Yarmouk",
        "Yermuk Kampı",
        "Kampa Yermûkê",
    ),
    "daraa": ("daraa", "درعا", "Daraa|Deraa|Dar'a", "Deraa", "Dera", "Dera"),
    "nawa": ("daraa", "نوى", "Nawa|Nawaa", "Nawa", "Neva", "Newa"),
    "busra": ("daraa", "بصرى الشام", "Busra al-Sham|Bosra", "Bosra", "Busra", "Busra"),
    "tafas": ("daraa", "طفس", "Tafas|Tafs", "Tafas", "Tafes", "Tefes"),
    "qamishli": (
        "hasakah",
        "القامشلي",
        "Qamishli|Al-Qamishli|Kamishli|Qamishly",
        "Qamichli",
        "Kamışlı",
        "Qamişlo",
    ),
    "hasakah": (
        "hasakah",
        "الحسكة",
        "Hasakah|Al-Hasakah|Hasaka|Hassakeh",
        "Hassaké",
        "Haseke",
        "Hesîçe",
    ),
    "amuda": ("hasakah", "عامودا", "Amuda|Amouda", "Amouda", "Amude", "Amûdê"),
    "malikiyah": (
        "hasakah",
        "المالكية",
        "Al-Malikiyah|Derik|Malikiya",
        "Malikiyé",
        "Derik",
        "Dêrik",
    ),
    "ras_al_ayn": (
        "hasakah",
        "رأس العين",
        "Ras al-Ain|Ras al Ayn|Serekaniye",
        "Ras al-Aïn",
        "Resulayn",
        "Serêkaniyê",
    ),
    "tell_tamer": (
        "hasakah",
        "تل تمر",
        "Tell Tamer|Tel Tamr",
        "Tell Tamer",
        "Tel Temir",
        "Til Temir",
    ),
    "latakia": ("latakia", "اللاذقية", "Latakia|Lattakia", "Lattaquié", "Lazkiye", "Lazqiye"),
    "kessab": ("latakia", "كسب", "Kessab|Kasab", "Kessab", "Keseb", "Kesab"),
    "bayirbucak": (
        "latakia",
        "جبل التركمان",
        "Jabal al-Turkman|Turkmen Mountain",
        "Jabal al-Turkman",
        "Bayırbucak",
        "Çiyayê Tirkmenan",
    ),
    "palestine": ("palestine", "فلسطين", "Palestine", "Palestine", "Filistin", "Filistîn"),
}
HY_PLACES = {"aleppo": "Հալէպ", "kessab": "Քեսապ", "qamishli": "Գամիշլի", "damascus": "Դամասկոս"}

GROUPS = Pool(
    [
        ("arab", 0.775),
        ("kurd", 0.10),
        ("armenian", 0.015),
        ("assyrian", 0.015),
        ("turkmen", 0.03),
        ("palestinian", 0.045),
        ("christian", 0.02),
    ]
)

GROUP_PLACES = {
    "arab": Pool(
        [
            ("aleppo", 10), ("al_bab", 3), ("manbij", 3), ("azaz", 1.5), ("jarablus", 1),
            ("tell_rifaat", 1), ("homs", 8), ("qusayr", 2.5), ("rastan", 2), ("talbiseh", 1.5),
            ("tadmur", 1), ("idlib", 5), ("maarat", 3), ("saraqib", 2), ("jisr", 1.5),
            ("ariha", 1), ("khan_shaykhun", 1.5), ("hama", 4), ("latamneh", 1),
            ("salamiyah", 0.5), ("raqqa", 4), ("tabqa", 1.5), ("tell_abyad", 1.5), ("deir", 4),
            ("mayadin", 1.5), ("bukamal", 1.5), ("hajin", 0.8), ("rif_dimashq", 3),
            ("douma", 3), ("darayya", 2), ("zabadani", 1.5), ("yabroud", 1.5), ("qudsaya", 1),
            ("damascus", 3), ("daraa", 6), ("nawa", 2), ("busra", 1), ("tafas", 1.5),
            ("hasakah", 2), ("qamishli", 1), ("ras_al_ayn", 0.5), ("latakia", 0.5),
        ]
    ),
    "kurd": Pool(
        [
            ("qamishli", 30), ("hasakah", 8), ("amuda", 8), ("malikiyah", 6), ("ras_al_ayn", 5),
            ("afrin", 18), ("kobani", 18), ("aleppo", 7),
        ]
    ),
    "armenian": Pool(
        [("aleppo", 70), ("kessab", 8), ("qamishli", 10), ("damascus", 7), ("hasakah", 5)]
    ),
    "assyrian": Pool([("tell_tamer", 25), ("qamishli", 30), ("hasakah", 30), ("malikiyah", 15)]),
    "turkmen": Pool(
        [
            ("al_bab", 10), ("azaz", 8), ("jarablus", 8), ("tell_rifaat", 6), ("aleppo", 8),
            ("bayirbucak", 25), ("homs", 10), ("latakia", 5), ("damascus", 5), ("hama", 5),
        ]
    ),
    "palestinian": Pool([("yarmouk", 65), ("neirab", 15), ("daraa", 10), ("homs", 10)]),
    "christian": Pool(
        [
            ("homs", 15), ("wadi_nasara", 30), ("damascus", 20), ("aleppo", 15),
            ("qamishli", 10), ("hasakah", 10),
        ]
    ),
}  # fmt: skip

DEST_ARAB = {
    "aleppo": [("TR", 0.6), ("LB", 0.25), ("JO", 0.07), ("IQ", 0.08)],
    "idlib": [("TR", 0.8), ("LB", 0.18), ("JO", 0.02)],
    "homs": [("LB", 0.7), ("JO", 0.15), ("TR", 0.15)],
    "hama": [("LB", 0.4), ("TR", 0.4), ("JO", 0.2)],
    "rif_dimashq": [("LB", 0.6), ("JO", 0.3), ("TR", 0.1)],
    "damascus": [("LB", 0.5), ("JO", 0.3), ("TR", 0.2)],
    "daraa": [("JO", 0.9), ("LB", 0.1)],
    "raqqa": [("TR", 0.7), ("LB", 0.15), ("IQ", 0.05), ("JO", 0.1)],
    "deir": [("TR", 0.4), ("IQ", 0.25), ("LB", 0.2), ("JO", 0.15)],
    "hasakah": [("IQ", 0.4), ("TR", 0.4), ("LB", 0.2)],
    "latakia": [("TR", 0.8), ("LB", 0.2)],
}
DEST_GROUP = {
    "armenian": [("LB", 0.92), ("JO", 0.03), ("TR", 0.05)],
    "assyrian": [("LB", 0.65), ("IQ", 0.2), ("JO", 0.1), ("TR", 0.05)],
    "turkmen": [("TR", 0.95), ("LB", 0.05)],
    "palestinian": [("LB", 0.75), ("JO", 0.15), ("TR", 0.1)],
    "christian": [("LB", 0.85), ("JO", 0.1), ("TR", 0.05)],
}

# Flight waves: (first day, last day, weight) by place, else by governorate.
WAVES = {
    "kobani": [("2014-09-15", "2014-10-20", 8), ("2014-10-21", "2015-06-30", 1)],
    "afrin": [("2018-01-20", "2018-04-30", 3), ("2012-08-01", "2016-12-31", 1)],
    "qusayr": [("2013-05-15", "2013-07-31", 3), ("2012-03-01", "2013-05-14", 1)],
    "yarmouk": [("2012-12-16", "2013-06-30", 4), ("2013-07-01", "2015-06-30", 1)],
    "ras_al_ayn": [("2012-11-01", "2013-12-31", 1), ("2019-10-09", "2019-11-30", 3)],
    "tell_tamer": [("2015-02-23", "2015-06-30", 3), ("2012-06-01", "2015-02-22", 1)],
    "kessab": [("2014-03-21", "2014-05-31", 2), ("2012-06-01", "2016-12-31", 1)],
    "aleppo": [("2012-08-01", "2013-12-31", 3), ("2014-01-01", "2016-12-31", 4)],
    "idlib": [("2012-06-01", "2015-12-31", 3), ("2016-01-01", "2018-12-31", 1),
              ("2019-04-01", "2020-03-31", 2)],
    "homs": [("2012-02-01", "2013-12-31", 4), ("2014-01-01", "2015-12-31", 1)],
    "hama": [("2012-03-01", "2015-12-31", 1)],
    "rif_dimashq": [("2012-07-01", "2014-06-30", 4), ("2014-07-01", "2016-12-31", 1)],
    "damascus": [("2012-07-01", "2014-06-30", 3), ("2014-07-01", "2016-12-31", 1)],
    "daraa": [("2012-06-01", "2013-12-31", 5), ("2014-01-01", "2016-06-30", 1)],
    "raqqa": [("2013-03-01", "2014-06-30", 2), ("2014-07-01", "2017-10-31", 3)],
    "deir": [("2012-10-01", "2014-06-30", 1), ("2014-07-01", "2018-01-31", 3)],
    "hasakah": [("2012-06-01", "2013-07-31", 1), ("2013-08-15", "2013-12-31", 4),
                ("2014-01-01", "2019-09-30", 1), ("2019-10-09", "2019-12-31", 2)],
    "latakia": [("2012-06-01", "2016-02-29", 1)],
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Agencies, desks and their habits
# ---------------------------------------------------------------------------------------------

DEFAULTS = {
    "scripts": (("lat", 1.0),),
    "latin": (("en", 1.0),),
    "upper": 0.1,  # share of clerks who type in capitals
    "pat": 0.8,  # father's name recorded
    "pat_gf": 0.03,  # father's and grandfather's names in the patronymic field
    "father_in_given": 0.02,  # "Ahmad Mohammad" in the given-name field
    "triple": 0.01,  # grandfather's or father's name used as the family name
    "swap": 0.01,  # given and family name swapped
    "typo": 0.015,  # per name field
    "sex_missing": 0.02,
    "dob_mode": "jan1",  # a year-only birth is stored as YYYY-01-01 ("jan1") or YYYY ("year")
    "age_only": 0.0,  # the desk asks the age and computes a year
    "dm_swap": 0.01,
    "dob_missing": 0.01,
    "origin_missing": 0.05,
    "origin_gov": 0.4,  # governorate instead of town
    "phone_missing": 0.1,
    "phone_member": 0.3,  # members' own phones are recorded when they have one
    "href": None,
    "href_missing": 0.2,
    "husband_surname": 0.03,
    "kunya": 0.0,
    "nick": 0.0,
    "colloq": 0.05,
    "tribe": 0.05,
    "kurdish": False,  # a Kurdish-speaking desk
    "shawish": 0.0,  # the settlement leader's phone is given for the household
}

AGENCIES = {
    # ---- Lebanon
    "GS-LB": dict(
        label="GS", country="LB", sites=(("Arida", 1), ("Masnaa", 6), ("Qaa", 1)),
        scripts=(("ar", 0.75), ("lat", 0.25)), latin=(("fr", 0.8), ("pp", 0.2)), upper=0.5,
        pat=0.95, pat_gf=0.1, phone_missing=0.6, origin_gov=0.7, typo=0.02,
    ),
    "UNHCR-LB": dict(
        label="UNHCR", country="LB",
        sites=(("Tripoli", 3), ("Qobayat", 1.5), ("Zahle", 4), ("Beirut-Jnah", 2.5), ("Tyre", 1)),
        scripts=(("lat", 0.8), ("ar", 0.2)), latin=(("en", 0.9), ("fr", 0.1)), pat=0.85,
        href="LEB-{yy}C{n:05d}", href_missing=0.1, phone_missing=0.05, colloq=0.1,
    ),
    "WFP-LB": dict(
        label="WFP", country="LB",
        sites=(("Halba", 2), ("Zahle", 3), ("Beirut", 2), ("Nabatieh", 1)),
        scripts=(("lat", 0.6), ("ar", 0.4)), pat=0.5, age_only=0.1, href="WFP-LB-{n:07d}",
        origin_missing=0.3, phone_missing=0.02, kunya=0.04, colloq=0.2, shawish=0.1,
    ),
    "NGO-LB": dict(
        label="BRC", country="LB",
        sites=(("Akkar ITS", 3), ("Arsal", 2), ("Bar Elias ITS", 3), ("Saadnayel", 2)),
        scripts=(("ar", 0.6), ("lat", 0.4)), latin=(("fr", 0.6), ("en", 0.4)), pat=0.6,
        href="BRC-{n:05d}", href_missing=0.3, typo=0.03, kunya=0.08, nick=0.03, colloq=0.3,
        shawish=0.3, age_only=0.1, dob_mode="year", swap=0.03,
    ),
    "UNRWA-LB": dict(
        label="UNRWA", country="LB",
        sites=(("Beddawi", 1), ("Shatila", 2), ("Ain al-Hilweh", 3), ("Rashidieh", 1)),
        scripts=(("lat", 0.7), ("ar", 0.3)), href="PRS-{n:06d}", pat=0.9, pat_gf=0.1,
    ),
    "ARC-LB": dict(
        label="ARC", country="LB", sites=(("Anjar", 1), ("Bourj Hammoud", 4)),
        scripts=(("hy", 0.35), ("lat", 0.55), ("ar", 0.1)), latin=(("fr", 0.6), ("en", 0.4)),
        href="ARC/{yyyy}/{n:04d}", pat=0.7,
    ),
    "ACR-LB": dict(
        label="ACR", country="LB", sites=(("Sad el Bauchrieh", 3), ("Zahle", 1)),
        scripts=(("lat", 0.7), ("ar", 0.3)), latin=(("fr", 0.5), ("en", 0.5)),
        href="ACR-{n:05d}", pat=0.7,
    ),
    # ---- Jordan
    "JAF-JO": dict(
        label="JAF", country="JO", sites=(("Rabaa al-Sarhan", 1),),
        scripts=(("ar", 0.85), ("lat", 0.15)), upper=0.6, pat=0.95, pat_gf=0.35,
        phone_missing=0.7, href="RS-{n:06d}", href_missing=0.2, origin_gov=0.6,
    ),
    "UNHCR-JO": dict(
        label="UNHCR", country="JO",
        sites=(("Irbid", 2), ("Mafraq", 2), ("Zaatari", 4), ("Azraq", 1.5), ("Amman-Khalda", 3)),
        scripts=(("lat", 0.85), ("ar", 0.15)), href="JOR-{yy}C{n:05d}", href_missing=0.1,
        phone_missing=0.05, pat=0.85, pat_gf=0.05,
    ),
    "MOI-JO": dict(
        label="MOI", country="JO", sites=(("Irbid", 2), ("Mafraq", 2), ("Zarqa", 1), ("Amman", 3)),
        scripts=(("ar", 0.7), ("lat", 0.3)), pat=0.95, pat_gf=0.45, href="MOI-{n:08d}",
        upper=0.4,
    ),
    "WFP-JO": dict(
        label="WFP", country="JO",
        sites=(("Irbid", 2), ("Mafraq", 2), ("Zaatari", 2), ("Amman", 3)),
        scripts=(("lat", 0.6), ("ar", 0.4)), pat=0.5, age_only=0.1, href="WFP-JO-{n:07d}",
        origin_missing=0.3, kunya=0.04, colloq=0.2,
    ),
    "NGO-JO": dict(
        label="JRC", country="JO", sites=(("Ramtha", 2), ("Mafraq", 2), ("Amman", 2)),
        scripts=(("ar", 0.6), ("lat", 0.4)), pat=0.6, href="JRC-{n:05d}", href_missing=0.3,
        typo=0.03, kunya=0.08, nick=0.03, colloq=0.3, age_only=0.1, dob_mode="year",
    ),
    "UNRWA-JO": dict(
        label="UNRWA", country="JO", sites=(("Amman", 1), ("Irbid", 1)),
        scripts=(("lat", 0.7), ("ar", 0.3)), href="PRS-JO-{n:06d}", pat=0.9,
    ),
    # ---- Turkiye
    "AFAD": dict(
        label="AFAD", country="TR",
        sites=(("Hatay-Yayladağı", 2), ("Kilis-Öncüpınar", 3), ("Gaziantep-Nizip", 2),
               ("Şanlıurfa-Ceylanpınar", 2), ("Suruç", 2), ("Kahramanmaraş", 1)),
        latin=(("tr", 0.85), ("pp", 0.15)), upper=0.7, pat=0.9, href="AFAD-{code}-{n:05d}",
        origin_gov=0.6, typo=0.02,
    ),
    "DGMM": dict(
        label="DGMM", country="TR",
        sites=(("Hatay", 3), ("Kilis", 1.5), ("Gaziantep", 4), ("Şanlıurfa", 3), ("Mersin", 1.5),
               ("Konya", 1), ("Bursa", 1), ("İstanbul", 4)),
        latin=(("tr", 0.8), ("pp", 0.2)), upper=0.6, pat=0.97, husband_surname=0.25,
        href="GIGM-{code}-{n:06d}", dm_swap=0.02, origin_gov=0.6,
    ),
    "ESSN-TR": dict(
        label="ESSN", country="TR",
        sites=(("Hatay", 2), ("Gaziantep", 3), ("Şanlıurfa", 2), ("İstanbul", 3), ("Mersin", 1)),
        latin=(("tr", 0.6), ("en", 0.4)), upper=0.5, pat=0.6, href="ESSN-{n:09d}",
        husband_surname=0.15, age_only=0.05,
    ),
    "SNGO-TR": dict(
        label="SNGO", country="TR", sites=(("Gaziantep", 3), ("Reyhanlı", 2), ("İstanbul", 1)),
        scripts=(("ar", 0.6), ("lat", 0.4)), pat=0.7, href="SNGO-{n:05d}", href_missing=0.3,
        kunya=0.06, nick=0.03, typo=0.03, swap=0.02,
    ),
    # ---- Kurdistan Region of Iraq
    "ASAYISH": dict(
        label="Asayish", country="IQ", sites=(("Peshkhabour", 4), ("Sahela", 1)),
        scripts=(("ckb", 0.45), ("ar", 0.45), ("lat", 0.1)), latin=(("ku", 0.5), ("en", 0.5)),
        kurdish=True, phone_missing=0.5, href="ASY-{n:06d}", href_missing=0.3, triple=0.05,
        pat=0.9, pat_gf=0.2,
    ),
    "UNHCR-IQ": dict(
        label="UNHCR", country="IQ",
        sites=(("Domiz", 4), ("Akre", 1), ("Duhok", 2), ("Kawergosk", 2), ("Darashakran", 1.5),
               ("Qushtapa", 1), ("Erbil", 2), ("Arbat", 1)),
        scripts=(("lat", 0.8), ("ar", 0.2)), latin=(("en", 0.9), ("ku", 0.1)),
        href="IRQ-{yy}C{n:05d}", href_missing=0.1, phone_missing=0.05, pat=0.85,
    ),
    "BRHA": dict(
        label="BRHA", country="IQ",
        sites=(("Domiz", 4), ("Gawilan", 1), ("Akre", 1), ("Duhok", 1)),
        scripts=(("ckb", 0.4), ("ar", 0.4), ("lat", 0.2)), latin=(("ku", 0.7), ("en", 0.3)),
        kurdish=True, href="DMZ-B{n:05d}", href_missing=0.2, triple=0.04, kunya=0.05,
    ),
    "WFP-IQ": dict(
        label="WFP", country="IQ", sites=(("Duhok", 2), ("Erbil", 2), ("Sulaymaniyah", 1)),
        scripts=(("lat", 0.7), ("ar", 0.3)), pat=0.5, href="WFP-IQ-{n:07d}", age_only=0.1,
        origin_missing=0.3,
    ),
    # ---- everywhere: the phone/online self-registration form
    "HOTLINE": dict(
        label="Hotline", country="*", sites=(("Online form", 1),),
        latin=(("en", 0.65), ("chat", 0.35)), pat=0.4, phone_missing=0.0, typo=0.04,
        href=None, origin_missing=0.2, dob_missing=0.05, sex_missing=0.1, kunya=0.06, nick=0.05,
    ),
}  # fmt: skip

TR_PLATES = {"Hatay": 31, "Kilis": 79, "Gaziantep": 27, "Şanlıurfa": 63, "Mersin": 33,
             "Konya": 42, "Bursa": 16, "İstanbul": 34}  # fmt: skip

MAIN = {"LB": "UNHCR-LB", "JO": "UNHCR-JO", "TR": "DGMM", "IQ": "UNHCR-IQ"}
BORDER = {"LB": "GS-LB", "JO": "JAF-JO", "TR": "AFAD", "IQ": "ASAYISH"}
VERIFY = {"LB": "UNHCR-LB", "JO": "MOI-JO", "TR": "DGMM", "IQ": "UNHCR-IQ"}
PROGRAMME = {
    "LB": Pool([("WFP-LB", 0.7), ("NGO-LB", 0.2), ("HOTLINE", 0.1)]),
    "JO": Pool([("WFP-JO", 0.75), ("NGO-JO", 0.15), ("HOTLINE", 0.1)]),
    "TR": Pool([("ESSN-TR", 0.8), ("SNGO-TR", 0.1), ("HOTLINE", 0.1)]),
    "IQ": Pool([("WFP-IQ", 0.55), ("BRHA", 0.35), ("HOTLINE", 0.1)]),
}
LOCAL = {"LB": "NGO-LB", "JO": "NGO-JO", "TR": "SNGO-TR", "IQ": "BRHA"}
ONWARD = {
    "LB": [("TR", 0.6), ("JO", 0.2), ("IQ", 0.2)],
    "JO": [("TR", 0.6), ("LB", 0.4)],
    "TR": [("IQ", 0.5), ("LB", 0.5)],
    "IQ": [("TR", 0.7), ("LB", 0.3)],
}
WEEKEND = {"LB": (5, 6), "JO": (4, 5), "TR": (5, 6), "IQ": (4, 5)}
CALLING = {"SY": "963", "LB": "961", "JO": "962", "TR": "90", "IQ": "964"}

# Rates of re-registration (tuned so that 10-20 % of people have two or more records).
P_BORDER = {"LB": 0.03, "JO": 0.12, "TR": 0.08, "IQ": 0.15}
P_MAIN = 0.95
P_PROGRAMME = 0.06
P_PROGRAMME_HEAD_ONLY = 0.45
P_LOCAL = 0.035
P_VERIFY = 0.025
P_ONWARD = 0.012
P_ABSENT = 0.06  # a member already registered is missing from a later registration
P_SPLIT = 0.3  # an adult child is registered as his or her own case at a later desk
P_SOLO = 0.007  # a person registers alone, somewhere else
P_DOUBLE_ENTRY = 0.003  # the same person typed in twice the same day

# ---------------------------------------------------------------------------------------------
# Transcription styles
# ---------------------------------------------------------------------------------------------

CONS_EN = {
    "ʾ": "", "b": "b", "t": "t", "ṯ": "th", "j": "j", "ḥ": "h", "ḫ": "kh", "d": "d", "ḏ": "th",
    "r": "r", "z": "z", "s": "s", "š": "sh", "ṣ": "s", "ḍ": "d", "ṭ": "t", "ẓ": "z", "ʿ": "",
    "ġ": "gh", "f": "f", "q": "q", "k": "k", "l": "l", "m": "m", "n": "n", "h": "h", "w": "w",
    "y": "y", "p": "p", "v": "v", "g": "g", "č": "ch", "ž": "j",
}  # fmt: skip
CONS_FIXED = {
    "en": {},
    "pp": {},
    "fr": {"š": "ch", "č": "tch"},
    "tr": {"j": "c", "š": "ş", "ḫ": "h", "ġ": "ğ", "q": "k", "w": "v", "ṯ": "s", "ḏ": "z",
           "ẓ": "z", "č": "ç", "ž": "j"},
    "ku": {"j": "c", "š": "ş", "ḫ": "x", "ġ": "x", "ṯ": "s", "ḏ": "z", "ẓ": "z", "č": "ç",
           "ž": "j"},
    "chat": {"ʿ": "3", "ḥ": "7", "ʾ": "2"},
}  # fmt: skip

# Each clerk draws his habits once from these options.
STYLE_OPTIONS = {
    "en": {
        "q": (("q", 0.6), ("k", 0.4)),
        "ḏ": (("th", 0.4), ("dh", 0.3), ("z", 0.3)),
        "ẓ": (("z", 0.5), ("th", 0.2), ("dh", 0.3)),
        "ṯ": (("th", 0.9), ("s", 0.1)),
        "a": (("a", 1),),
        "i": (("i", 0.6), ("e", 0.4)),
        "u": (("o", 0.55), ("u", 0.45)),
        "ii": (("i", 0.7), ("ee", 0.3)),
        "uu": (("ou", 0.4), ("u", 0.45), ("oo", 0.15)),
        "ay": (("ay", 0.3), ("ai", 0.25), ("ei", 0.35), ("ey", 0.1)),
        "aw": (("aw", 0.7), ("ou", 0.2), ("ao", 0.1)),
        "teh": (("a", 0.45), ("ah", 0.3), ("eh", 0.1), ("imala", 0.15)),
        "double": ((True, 0.8), (False, 0.2)),
        "ayn": (("", 0.85), ("'", 0.15)),
        "ayn_a": (("a", 0.7), ("", 0.3)),
        "hamza_i": (("e", 0.6), ("i", 0.4)),
        "final_hamza": (("a", 0.6), ("", 0.4)),
        "article": (("Al-", 0.3), ("al-", 0.15), ("Al ", 0.2), ("Al", 0.1), ("El-", 0.05),
                    ("assim", 0.05), ("drop", 0.15)),
        "abd": (("abdul_join", 0.3), ("abdul_space", 0.2), ("abd_al", 0.15),
                ("abdel_space", 0.1), ("abdel_join", 0.05), ("abdal_join", 0.05),
                ("assim", 0.1), ("abd_al_space", 0.05)),
        "din": (("{a} al-{B}", 0.25), ("{a} Al-{B}", 0.15), ("{a} {E}{b}", 0.3),
                ("{a}{e}{b}", 0.1), ("{a} Al{b}", 0.1), ("{a}al{b}", 0.1)),
        "abdallah": (("abdullah", 0.6), ("abdallah", 0.3), ("abdulla", 0.1)),
        "egy": ((True, 0.25), (False, 0.75)),
        "mhd": ((True, 0.15), (False, 0.85)),
    },
    "fr": {
        "q": (("k", 0.6), ("q", 0.4)),
        "ḏ": (("z", 0.6), ("d", 0.2), ("th", 0.2)),
        "ẓ": (("z", 0.7), ("d", 0.3)),
        "ṯ": (("th", 0.6), ("t", 0.4)),
        "j": (("j", 0.85), ("dj", 0.15)),
        "a": (("a", 1),),
        "i": (("i", 0.8), ("e", 0.2)),
        "u": (("ou", 0.7), ("o", 0.3)),
        "ii": (("i", 1),),
        "uu": (("ou", 1),),
        "ay": (("ei", 0.5), ("ay", 0.3), ("ai", 0.2)),
        "aw": (("aw", 0.5), ("ao", 0.3), ("ou", 0.2)),
        "teh": (("a", 0.4), ("é", 0.3), ("e", 0.2), ("eh", 0.1)),
        "double": ((True, 1),),
        "ayn": (("", 1),),
        "ayn_a": (("a", 0.6), ("", 0.4)),
        "hamza_i": (("e", 0.7), ("i", 0.3)),
        "final_hamza": (("a", 0.5), ("", 0.5)),
        "article": (("El-", 0.3), ("Al-", 0.3), ("El ", 0.2), ("drop", 0.2)),
        "abd": (("abdel_space", 0.4), ("abdel_join", 0.3), ("abdul_space", 0.2),
                ("abd_al", 0.1)),
        "din": (("{a}{e}{b}e", 0.5), ("{a} {E}{b}e", 0.3), ("{a} al-{B}", 0.2)),
        "abdallah": (("abdallah", 0.7), ("abdellah", 0.3)),
        "egy": ((True, 0.3), (False, 0.7)),
        "mhd": ((False, 1),),
    },
    "tr": {
        "a": (("a", 1),),
        "i": (("i", 1),),
        "u": (("u", 1),),
        "ii": (("i", 1),),
        "uu": (("u", 1),),
        "ay": (("ey", 1),),
        "aw": (("ev", 1),),
        "teh": (("e", 0.8), ("a", 0.2)),
        "double": ((True, 0.7), (False, 0.3)),
        "ayn": (("", 1),),
        "ayn_a": (("", 0.5), ("a", 0.5)),
        "hamza_i": (("i", 1),),
        "final_hamza": (("", 1),),
        "article": (("El ", 0.45), ("El-", 0.2), ("El", 0.1), ("drop", 0.25)),
        "abd": (("assim_tr", 0.7), ("abdul_join", 0.3)),
        "din": (("{a}{e}{b}", 0.7), ("{a} {E}{b}", 0.3)),
        "abdallah": (("abdullah", 1),),
        "egy": ((True, 0.5), (False, 0.5)),
        "mhd": ((False, 1),),
    },
    "ku": {
        "a": (("e", 1),),
        "i": (("i", 1),),
        "u": (("u", 0.6), ("i", 0.4)),
        "ii": (("î", 0.8), ("i", 0.2)),
        "uu": (("û", 0.8), ("u", 0.2)),
        "ay": (("ey", 0.5), ("ê", 0.5)),
        "aw": (("ew", 0.7), ("o", 0.3)),
        "teh": (("e", 0.8), ("a", 0.2)),
        "double": ((False, 1),),
        "ayn": (("", 0.8), ("'", 0.2)),
        "ayn_a": (("", 1),),
        "hamza_i": (("i", 1),),
        "final_hamza": (("", 1),),
        "article": (("El ", 0.3), ("drop", 0.7)),
        "abd": (("ku_ebdul", 0.6), ("ku_evdi", 0.4)),
        "din": (("{a}{e}{b}", 0.6), ("{a} {E}{b}", 0.4)),
        "abdallah": (("ebdullah", 0.6), ("evdila", 0.4)),
        "egy": ((False, 1),),
        "mhd": ((False, 1),),
    },
    "pp": {
        "q": (("k", 0.6), ("q", 0.4)),
        "ḏ": (("z", 0.6), ("th", 0.4)),
        "ẓ": (("z", 0.6), ("th", 0.4)),
        "a": (("a", 1),),
        "i": (("e", 0.5), ("i", 0.5)),
        "u": (("o", 0.8), ("u", 0.2)),
        "ii": (("i", 0.7), ("ee", 0.3)),
        "uu": (("ou", 0.6), ("o", 0.2), ("u", 0.2)),
        "ay": (("ei", 0.6), ("ai", 0.2), ("ay", 0.2)),
        "aw": (("aw", 1),),
        "teh": (("a", 0.6), ("eh", 0.4)),
        "double": ((False, 0.7), (True, 0.3)),
        "ayn": (("", 1),),
        "ayn_a": (("a", 0.5), ("", 0.5)),
        "hamza_i": (("e", 1),),
        "final_hamza": (("a", 0.5), ("", 0.5)),
        "article": (("Al", 0.5), ("Al ", 0.3), ("El ", 0.2)),
        "abd": (("abdal_join", 0.3), ("abd_al_space", 0.3), ("abdul_join", 0.4)),
        "din": (("{a} Al{b}", 0.5), ("{a}al{b}", 0.3), ("{a} {E}{b}", 0.2)),
        "abdallah": (("abdullah", 0.5), ("abdalla", 0.3), ("abdallah", 0.2)),
        "egy": ((False, 1),),
        "mhd": ((True, 0.3), (False, 0.7)),
    },
    "chat": {
        "ḫ": (("5", 0.5), ("kh", 0.5)),
        "ṭ": (("6", 0.4), ("t", 0.6)),
        "ṣ": (("9", 0.4), ("s", 0.6)),
        "q": (("8", 0.4), ("q", 0.4), ("2", 0.2)),
        "a": (("a", 1),),
        "i": (("e", 0.5), ("i", 0.5)),
        "u": (("o", 0.6), ("u", 0.4)),
        "ii": (("i", 0.6), ("ee", 0.4)),
        "uu": (("o", 0.4), ("u", 0.3), ("oo", 0.3)),
        "ay": (("ai", 0.5), ("ay", 0.5)),
        "aw": (("aw", 0.6), ("o", 0.4)),
        "teh": (("a", 0.5), ("eh", 0.3), ("e", 0.2)),
        "double": ((False, 0.6), (True, 0.4)),
        "ayn": (("3", 1),),
        "ayn_a": (("3", 1),),
        "hamza_i": (("e", 1),),
        "final_hamza": (("2", 0.3), ("", 0.7)),
        "article": (("al", 0.3), ("el ", 0.3), ("al ", 0.2), ("drop", 0.2)),
        "abd": (("abdul_join", 0.5), ("abdel_join", 0.5)),
        "din": (("{a}{e}{b}", 0.5), ("{a} {e}{b}", 0.5)),
        "abdallah": (("abdallah", 0.5), ("abdulla", 0.5)),
        "egy": ((True, 0.3), (False, 0.7)),
        "mhd": ((True, 0.4), (False, 0.6)),
    },
}  # fmt: skip

MHD_FORMS = ("Mhd", "Mohd", "Moh'd", "M.")
ABDALLAH = {"abdullah": "Abdullah", "abdallah": "Abdallah", "abdulla": "Abdulla",
            "abdellah": "Abdellah", "abdalla": "Abdalla", "ebdullah": "Ebdullah",
            "evdila": "Evdila"}  # fmt: skip
TR_UPPER = str.maketrans({"i": "İ", "ı": "I"})
ASCII_FOLD = str.maketrans("şçğıİöüîêûéèïŞÇĞÖÜÎÊÛÉ", "scgiIouieueeiSCGOUIEUE")


STYLE_KEYS = (
    "a i u ii uu ay aw teh double ayn ayn_a hamza_i final_hamza article abd din abdallah egy mhd"
).split()


class Latin:
    """A clerk's Latin transcription habits."""

    def __init__(self, rng, base):
        self.base = base
        opts = STYLE_OPTIONS[base]
        self.cons = dict(CONS_EN)
        self.cons.update(CONS_FIXED[base])
        for k in ("q", "ḏ", "ẓ", "ṯ", "j", "ḫ", "ṭ", "ṣ"):
            if k in opts:
                self.cons[k] = choose(rng, opts[k])
        for k in STYLE_KEYS:
            setattr(self, k, choose(rng, opts[k]))
        self.ee = "ê" if base == "ku" else "e"
        self.final_ii = {"ku": "î", "tr": "i"}.get(base) or choose(
            rng, (("i", 0.85), ("y", 0.1), ("ee", 0.05))
        )
        self.turkish = base == "tr"
        self.ss = base == "fr" or (base in ("en", "pp") and rng.random() < 0.45)
        self.devoice = base == "tr" and rng.random() < 0.7
        self.overrides = {"tr": TR_FORMS, "ku": KU_FORMS, "fr": FR_FORMS}.get(base, EN_COMMON)
        self.p_override = {"tr": 0.85, "ku": 0.6, "fr": 0.5, "en": 0.5, "pp": 0.4}.get(base, 0.0)
        self.upper = base == "pp"
        self.lower = base == "chat"
        self.mhd_form = rng.choice(MHD_FORMS)


def lower(x: str, turkish: bool) -> str:
    return x.replace("İ", "i").replace("I", "ı").lower() if turkish else x.lower()


def cap(x: str, turkish: bool) -> str:
    if not x:
        return x
    if turkish and x[0] == "i":
        return "İ" + x[1:]
    return x[0].upper() + x[1:]


def latin_core(w: str, st: Latin) -> str:
    """One word (no article) letter by letter, in lower case."""
    if st.egy and len(w) > 3 and w.endswith("ad") and w[-3] in "mḥ":
        w = w[:-2] + "ed"  # Mohammed, Ahmed
    cons = st.cons
    out = []
    n = len(w)
    i = 0
    while i < n:
        ch = w[i]
        prev = w[i - 1] if i else ""
        nxt = w[i + 1] if i + 1 < n else ""
        if ch == "a" and nxt in ("y", "w") and nxt:
            after = w[i + 2] if i + 2 < n else ""
            if after not in VOWELS and after != nxt:
                out.append(st.ay if nxt == "y" else st.aw)
                i += 2
                continue
        if ch in VOWELS:
            if ch == "a":
                out.append(st.a)
            elif ch == "i":
                out.append(st.i)
            elif ch == "u":
                out.append(st.u)
            elif ch == "ā":
                out.append("a")
            elif ch == "ī":
                out.append(st.ii if nxt else st.final_ii)  # Saeed, but Ali and Shadi
            elif ch == "ū":
                out.append(st.uu)
            elif ch == "ē":
                out.append(st.ee)
            elif ch in "eo":
                out.append(ch)
            elif ch == "ō":
                out.append("o")
            elif ch == "ỳ":
                out.append("a")
            else:  # ẗ
                if st.teh == "imala":
                    out.append("a" if prev in BACK else "eh")
                else:
                    out.append(st.teh)
        elif ch == "ʿ":
            if i == 0:
                out.append("3" if st.base == "chat" else "")
            elif prev == "a" and (nxt == "" or nxt not in VOWELS or nxt == "ẗ"):
                out.append(st.ayn_a)  # Saad, Jumaa
            else:
                out.append(st.ayn)
        elif ch == "ʾ":
            if i == 0:
                pass
            elif nxt == "":
                out.append(st.final_hamza)  # Asmaa, Israa
            elif nxt in ("i", "ī") and st.base != "chat":
                out.append(st.hamza_i)  # Raed, Wael, Thaer
                i += 2
                continue
            else:
                out.append(cons["ʾ"])
        elif ch == prev:  # a doubled consonant
            r = cons[ch]
            if st.double and len(r) == 1:
                out.append(r)
        elif st.ss and ch == "s" and prev in VOWELS and nxt in VOWELS and nxt != "ẗ":
            out.append("ss")  # Youssef, Oussama
        elif st.devoice and i == n - 1 and ch in "db":
            out.append("t" if ch == "d" else "p")  # Ahmet, Mahmut, Recep
        elif ch == "ġ" and i == 0 and st.turkish:
            out.append("g")
        else:
            out.append(cons.get(ch, ch))
        i += 1
    return "".join(out)


def latin_article(core: str, first: str, st: Latin) -> str:
    art = st.article
    t = st.turkish
    if art == "drop":
        return cap(core, t)
    if art == "assim":  # ash-Shami, az-Zoubi, ar-Rifai, but al-Hassan
        return ("a" + st.cons[first] + "-" if first in SUN else "al-") + cap(core, t)
    if art in ("Al", "El", "al"):
        return art + core
    if art == "el " or art == "al ":
        return art + core
    return art + cap(core, t)


def latin_name(phon: str, st: Latin, override) -> str:
    """A whole name in Latin letters, before case habits."""
    t = st.turkish
    forced = override(phon)
    if forced:
        return forced
    words = phon.split(" ")
    parts: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w == "ʿabd" and nxt.startswith("al"):
            parts.append(abd_compound(nxt, st))
            i += 2
            continue
        if w.startswith("al-") and parts:
            parts[-1] = din_compound(parts[-1], w[3:], st)
            i += 1
            continue
        if w.startswith("al-"):
            rest = w[3:]
            if rest == "ʿabd" and nxt.startswith("al"):
                core = abd_compound(nxt, st).lower()
                i += 1
            else:
                forced = override(rest)
                core = lower(forced, t) if forced else latin_core(rest, st)
            parts.append(latin_article(core, rest[0], st))
        else:
            forced = override(w)
            parts.append(forced if forced else cap(latin_core(w, st), t))
        i += 1
    return " ".join(parts)


def abd_compound(rest: str, st: Latin) -> str:
    """ʿAbd al-X: Abdulrahman, Abdul Rahman, Abd al-Rahman, Abdel Rahman, Abdurrahman ..."""
    t = st.turkish
    if rest == "allāh":
        return ABDALLAH[st.abdallah]
    x = latin_core(rest[3:], st)
    first = rest[3]
    sun = st.cons.get(first, first) if first in SUN else ""
    style = st.abd
    ab = "3abd" if st.base == "chat" else "Abd"
    if style == "abdul_join":
        return ab + "ul" + x
    if style == "abdul_space":
        return ab + "ul " + cap(x, t)
    if style == "abdel_join":
        return ab + "el" + x
    if style == "abdel_space":
        return ab + "el " + cap(x, t)
    if style == "abd_al":
        return ab + " al-" + cap(x, t)
    if style == "abd_al_space":
        return ab + " Al" + x
    if style == "abdal_join":
        return ab + "al" + x
    if style == "assim":
        return ab + ("u" + sun if sun else "ul") + x
    if style == "assim_tr":
        return ab + ("u" + sun if sun else "ul") + x
    if style == "ku_ebdul":
        return "Ebdul" + x
    return "Evdil" + x  # ku_evdi


def din_compound(first: str, second: str, st: Latin) -> str:
    """Nour al-Din, Nour Eddin, Noureddine, Nouraldin, Nour al-Huda ..."""
    b = latin_core(second, st)
    s0 = second[0]
    e = ("e" + st.cons.get(s0, s0)[:1]) if s0 in SUN else "el"
    fmt = st.din
    if fmt.endswith("e") and not b.endswith("n"):
        fmt = fmt[:-1]
    return fmt.format(a=first, b=b, B=cap(b, st.turkish), e=e, E=cap(e, False))


# ---- Arabic script -----------------------------------------------------------------------

AR_LETTERS = {
    "b": "ب", "t": "ت", "ṯ": "ث", "j": "ج", "ḥ": "ح", "ḫ": "خ", "d": "د", "ḏ": "ذ", "r": "ر",
    "z": "ز", "s": "س", "š": "ش", "ṣ": "ص", "ḍ": "ض", "ṭ": "ط", "ẓ": "ظ", "ʿ": "ع", "ġ": "غ",
    "f": "ف", "q": "ق", "k": "ك", "l": "ل", "m": "م", "n": "ن", "h": "ه", "w": "و", "y": "ي",
    "p": "ب", "v": "ف", "g": "ك", "č": "تش", "ž": "ج", "ā": "ا", "ī": "ي", "ū": "و", "ē": "ي",
    "ō": "و", "ẗ": "ة", "ỳ": "ى",
}  # fmt: skip
CKB_LETTERS = dict(AR_LETTERS)
CKB_LETTERS.update({"k": "ک", "g": "گ", "p": "پ", "v": "ڤ", "č": "چ", "ž": "ژ", "y": "ی",
                    "ī": "ی", "ē": "ێ", "ō": "ۆ", "ẗ": "ە", "ỳ": "ا", "ū": "و", "a": "ە",
                    "e": "ە", "o": "ۆ", "u": "", "i": ""})  # fmt: skip
AR_HAMZA_DROP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


AR_SPECIAL = {"allāh": "الله", "raḥmān": "رحمن", "ṭaha": "طه", "dāwūd": "داود"}


def arabic_word(w: str, kurdish: bool) -> str:
    if w in AR_SPECIAL and not (kurdish and w != "allāh"):
        return AR_SPECIAL[w]
    if w.startswith("al-") and w[3:] in AR_SPECIAL and not kurdish:
        return "ال" + AR_SPECIAL[w[3:]]
    art = ""
    if w.startswith("al-"):
        art = "" if kurdish else "ال"
        w = w[3:]
    letters = CKB_LETTERS if kurdish else AR_LETTERS
    out = []
    n = len(w)
    i = 0
    while i < n:
        ch = w[i]
        prev = w[i - 1] if i else ""
        nxt = w[i + 1] if i + 1 < n else ""
        if i == 0 and (ch == "ʾ" or ch in VOWELS):
            v = nxt if ch == "ʾ" else ch
            skip = 2 if ch == "ʾ" else 1
            if kurdish:
                out.append("ئ" + {"ā": "ا", "ī": "ی", "i": "ی", "ū": "و", "u": "و", "ē": "ێ",
                                  "ō": "ۆ", "o": "ۆ"}.get(v, "ە"))  # fmt: skip
            elif v == "ā":
                out.append("آ")
            elif v in ("i", "e"):
                out.append("إ")
            elif v in ("ī", "ē"):
                out.append("إي")
            elif v in ("ū", "ō", "o"):
                out.append("أو")
            else:
                out.append("أ")
            if ch == "ʾ" and v not in VOWELS:
                skip = 1
            i += skip
            continue
        if ch == "a" and kurdish and nxt == "y" and (i + 2 >= n or w[i + 2] not in VOWELS):
            out.append("ێ")
            i += 2
            continue
        if ch in "aiueo":
            if kurdish:
                out.append(letters[ch])
            i += 1
            continue
        if ch == "ʾ":
            if kurdish:
                out.append("ئ")
            elif nxt == "":
                out.append("ء")
            elif prev in ("i", "ī", "y") or nxt in ("i", "ī", "y"):
                out.append("ئ")
            elif prev in ("u", "ū") or nxt in ("u", "ū"):
                out.append("ؤ")
            else:
                out.append("أ")
        elif ch == prev and ch not in VOWELS:
            pass  # no shadda typed
        else:
            out.append(letters.get(ch, ""))
        i += 1
    return art + "".join(out)


# ---- Typos -----------------------------------------------------------------------------------


def _neighbours(rows):
    nb = {}
    for r in rows:
        for i, ch in enumerate(r):
            nb[ch] = (r[i - 1] if i else "") + (r[i + 1] if i + 1 < len(r) else "")
    return nb


QWERTY = _neighbours(("qwertyuiop", "asdfghjkl", "zxcvbnm"))
AR_KEYS = _neighbours(("ضصثقفغعهخحجد", "شسيبلاتنمكط", "ئءؤرىةوزظ"))
AR_DOTS = {"ح": "جخ", "ج": "حخ", "خ": "حج", "ب": "تثن", "ت": "بثن", "ث": "تب", "ن": "تب",
           "س": "ش", "ش": "س", "ص": "ض", "ض": "ص", "ط": "ظ", "ظ": "ط", "ع": "غ", "غ": "ع",
           "ف": "ق", "ق": "ف", "ر": "ز", "ز": "ر", "د": "ذ", "ذ": "د", "ه": "ة", "ة": "ه",
           "ي": "ى", "ى": "ي", "ا": "أ", "أ": "ا"}  # fmt: skip
LATIN_SOUNDS = {"a": "e", "e": "ai", "i": "ey", "o": "u", "u": "o", "y": "i"}


def typo(s: str, rng) -> str:
    idx = [i for i, ch in enumerate(s) if ch.isalpha()]
    if len(idx) < 3:
        return s
    i = rng.choice(idx)
    ch = s[i]
    r = rng.random()
    if r < 0.3:
        return s[:i] + s[i + 1 :]
    if r < 0.45:
        return s[:i] + ch + s[i:]
    if r < 0.65 and i + 1 < len(s) and s[i + 1].isalpha():
        a, b = s[i + 1], ch
        if ch.isupper() and not a.isupper():
            a, b = a.upper(), b.lower()
        return s[:i] + a + b + s[i + 2 :]
    low = ch.lower()
    pool = AR_DOTS.get(ch, "") + AR_KEYS.get(ch, "")
    if not pool:
        pool = QWERTY.get(low, "") + LATIN_SOUNDS.get(low, "") * 2
    if not pool:
        return s[:i] + s[i + 1 :]
    new = rng.choice(pool)
    if ch.isupper():
        new = new.upper()
    return s[:i] + new + s[i + 1 :]


# ---------------------------------------------------------------------------------------------
# Clerks
# ---------------------------------------------------------------------------------------------

RATE_KEYS = ("pat", "pat_gf", "father_in_given", "triple", "swap", "typo", "sex_missing",
             "age_only", "dm_swap", "dob_missing", "origin_missing", "origin_gov",
             "phone_missing", "phone_member", "href_missing", "husband_surname", "kunya", "nick",
             "colloq", "tribe", "shawish")  # fmt: skip
PHONE_FORMATS = {
    "LB": (("local", 0.5), ("intl", 0.3), ("bare", 0.1), ("spaced", 0.1)),
    "JO": (("local", 0.6), ("intl", 0.3), ("00", 0.1)),
    "TR": (("local", 0.6), ("bare", 0.2), ("intl", 0.2)),
    "IQ": (("local", 0.6), ("intl", 0.3), ("00", 0.1)),
    "*": (("intl", 0.4), ("local", 0.4), ("cc", 0.2)),
}


class Clerk:
    """One person at one desk, with fixed habits, a cache of how he writes each name."""

    def __init__(self, rng, agency: str):
        prof = dict(DEFAULTS)
        prof.update(AGENCIES[agency])
        self.agency = agency
        self.script = choose(rng, prof["scripts"])
        self.lat = Latin(rng, choose(rng, prof["latin"]))
        if rng.random() < prof["upper"]:
            self.lat.upper = True
        self.fold = self.lat.base in ("tr", "ku") and rng.random() < 0.3
        self.ar_hamza_drop = rng.random() < 0.45
        self.ar_teh = rng.random() < 0.15  # ة typed as ه
        self.ar_yeh = rng.random() < 0.25  # ى typed as ي
        self.ar_join = rng.random() < 0.3  # عبدالرحمن
        for k in RATE_KEYS:
            setattr(self, k, min(1.0, prof[k] * rng.uniform(0.4, 1.6)))
        if rng.random() < 0.1:
            self.typo *= 3  # the sloppy one
        for k in ("pat", "origin_gov"):
            setattr(self, k, min(1.0, prof[k] * rng.uniform(0.8, 1.2)))
        self.dob_mode = prof["dob_mode"] if rng.random() < 0.85 else "year"
        self.dob_typo = 0.002 * rng.uniform(0.2, 3)
        self.kurdish = prof["kurdish"]
        self.href = prof["href"]
        country = prof["country"]
        self.phone_fmt = choose(rng, PHONE_FORMATS[country])
        self.phone_head_only = rng.random() < 0.15
        self.cache: dict[str, str] = {}
        self.ovr: dict[str, str] = {}
        self.places: dict[str, str] = {}
        self.rng = rng

    def mode_for(self, group: str) -> str:
        s = self.script
        if s == "hy" and group != "armenian":
            return "lat"
        if s == "ckb" and group != "kurd":
            return "ar"
        return s

    def override(self, phon: str) -> str:
        got = self.ovr.get(phon)
        if got is None:
            st = self.lat
            forms = st.overrides.get(phon) or EN_FORMS.get(phon)
            got = ""
            if forms and (phon in EN_FORMS or self.rng.random() < st.p_override):
                got = forms[0] if self.rng.random() < 0.6 else self.rng.choice(forms)
            self.ovr[phon] = got
        return got

    def name(self, phon: str, mode: str) -> str:
        key = mode + phon
        got = self.cache.get(key)
        if got is None:
            got = self._render(phon, mode)
            self.cache[key] = got
        return got

    def _render(self, phon: str, mode: str) -> str:
        rng = self.rng
        if phon.startswith("hy:"):
            hy, ar, en, fr, tr = ARMENIAN[phon]
            if mode == "hy":
                return hy
            if mode in ("ar", "ckb"):
                out = ar
            else:
                base = self.lat.base
                forms = (fr if base == "fr" else tr if base == "tr" else en).split("|")
                out = forms[0] if rng.random() < 0.6 else rng.choice(forms)
                out = self._case(out)
            return out
        if mode in ("ar", "ckb"):
            kurdish = mode == "ckb"
            words = [arabic_word(w, kurdish) for w in phon.split(" ")]
            sep = "" if self.ar_join else " "
            out = words[0]
            for w, p in zip(words[1:], phon.split(" ")[1:], strict=True):
                if kurdish and p.startswith("al-"):
                    out += "ول" + w  # عەبدولڕەحمان
                else:
                    out += (sep if p.startswith("al") else " ") + w
            if not kurdish:
                if self.ar_hamza_drop:
                    out = out.translate(AR_HAMZA_DROP)
                if self.ar_teh:
                    out = out.replace("ة", "ه")
                if self.ar_yeh:
                    out = out.replace("ى", "ي")
            return out
        st = self.lat
        if st.mhd and phon.startswith("muḥammad ") and phon.count(" ") == 1:
            second = latin_name(phon[9:], st, self.override)
            return self._case(st.mhd_form + " " + second)
        return self._case(latin_name(phon, st, self.override))

    def _case(self, s: str) -> str:
        st = self.lat
        if st.lower:
            s = s.lower()
        elif st.upper:
            s = s.translate(TR_UPPER).upper() if st.turkish else s.upper()
        if self.fold:
            s = s.translate(ASCII_FOLD)
        return s

    def place(self, key: str, mode: str) -> str:
        got = self.places.get(key + mode)
        if got is None:
            gov, ar, en, fr, tr, ku = PLACES[key]
            if mode in ("ar", "ckb"):
                got = ar
            elif mode == "hy" and key in HY_PLACES:
                got = HY_PLACES[key]
            else:
                base = self.lat.base
                if base == "fr" or mode == "hy":
                    got = fr
                elif base == "tr":
                    got = tr
                elif base == "ku":
                    got = ku
                else:
                    forms = en.split("|")
                    got = forms[0] if self.rng.random() < 0.6 else self.rng.choice(forms)
                got = self._case(got)
            self.places[key + mode] = got
        return got


# ---------------------------------------------------------------------------------------------
# People and households
# ---------------------------------------------------------------------------------------------

EXACT, JAN1, YEAR, AGE = 0, 1, 2, 3


class Person:
    __slots__ = ("pid", "hid", "sex", "given", "alias", "father", "grandfather", "family",
                 "spouse_family", "dob", "kind", "traps", "kunya", "phone", "group", "head",
                 "nrec")  # fmt: skip

    def __init__(self, sex, given, father, grandfather, family, dob, group):
        self.sex = sex
        self.given = given
        self.alias = None
        self.father = father
        self.grandfather = grandfather
        self.family = family
        self.spouse_family = None
        self.dob = dob
        self.kind = EXACT
        self.traps: list[str] | None = None
        self.kunya = None
        self.phone = None
        self.group = group
        self.head = False
        self.nrec = 0
        self.pid = ""
        self.hid = ""

    def trap(self, t: str) -> None:
        if self.traps is None:
            self.traps = [t]
        elif t not in self.traps:
            self.traps.append(t)


class Household:
    __slots__ = ("hid", "group", "place", "via", "country", "flight", "members", "tribe",
                 "phones", "area", "refs", "no_surname")  # fmt: skip


def era(year: int) -> int:
    return 0 if year < 1966 else (1 if year < 1996 else 2)


class World:
    """Name pools, lineages and counters shared while the registry is generated."""

    def __init__(self, rng):
        self.rng = rng
        self.pools: dict[tuple, Pool] = {}
        self.lineages: dict[str, list] = {}
        self.grandsons: dict[tuple, list] = {}
        self.clerks: dict[tuple, list[Clerk]] = {}
        self.counters: dict[str, int] = {}
        self.shawish: dict[str, list[str]] = {}
        self.place_lists = {g: GROUP_PLACES[g] for g in GROUP_PLACES}
        self.family_pools: dict[tuple, Pool] = {}

    def given_pool(self, group: str, sex: str, e: int) -> Pool:
        key = (group, sex, e)
        pool = self.pools.get(key)
        if pool is None:
            if group == "armenian":
                table = ARM_MALE if sex == "M" else ARM_FEMALE
            elif group == "assyrian":
                table = ASSYRIAN_MALE if sex == "M" else ASSYRIAN_FEMALE
            elif group == "christian":
                table = CHRISTIAN_MALE if sex == "M" else CHRISTIAN_FEMALE
            elif group == "kurd" and e == 2:
                # after the 1990s Kurdish names were given openly
                kurd = KURD_MALE if sex == "M" else KURD_FEMALE
                arab = ARAB_MALE if sex == "M" else ARAB_FEMALE
                table = [(n, tuple(x * 6 for x in w)) for n, w in kurd] + arab
            elif group == "turkmen" and sex == "M":
                table = ARAB_MALE + TURKMEN_MALE_EXTRA
            else:
                table = ARAB_MALE if sex == "M" else ARAB_FEMALE
            pool = Pool([(n, w[e]) for n, w in table])
            self.pools[key] = pool
        return pool

    def family_pool(self, group: str, gov: str) -> Pool:
        key = (group, gov)
        pool = self.family_pools.get(key)
        if pool is None:
            if group == "kurd":
                pairs = [(n, w[0]) for n, w in KURD_FAMILY]
            elif group == "armenian":
                pairs = [(n, w[0]) for n, w in ARM_FAMILY]
            elif group == "assyrian":
                pairs = [(n, w[0]) for n, w in ASSYRIAN_FAMILY]
            elif group == "christian":
                pairs = [(n, w[0]) for n, w in CHRISTIAN_FAMILY]
            elif group == "turkmen":
                pairs = [(n, w[0] * 3) for n, w in TURKMEN_FAMILY]
                pairs += [(n, w[0] * 0.3) for n, w in ARAB_FAMILY_GENERAL]
            elif group == "palestinian":
                pairs = [(n, w[0] * 3) for n, w in PALESTINIAN_FAMILY] + ARAB_FAMILY_TAIL
                pairs += [(n, w[0] * 0.3) for n, w in ARAB_FAMILY_GENERAL]
            else:
                pairs = [(n, w[0]) for n, w in ARAB_FAMILY_GENERAL] + ARAB_FAMILY_TAIL
                pairs += [(n, w[0] * 2.5) for n, w in ARAB_FAMILY_REGIONAL.get(gov, [])]
            pool = Pool(pairs)
            self.family_pools[key] = pool
        return pool

    def given(self, group, sex, year, avoid=()):
        pool = self.given_pool(group, sex, era(year))
        rng = self.rng
        for _ in range(30):
            g = pool.pick(rng)
            if g not in avoid:
                break
        if sex == "M" and group in ("arab", "turkmen", "palestinian") and g == "muḥammad":
            if rng.random() < 0.3:  # about 3 % of all men: Muhammad Khayr, Muhammad Ali ...
                g = "muḥammad " + MHD_POOL.pick(rng)
        return g

    def clerk(self, agency: str, site: str) -> Clerk:
        desk = self.clerks.get((agency, site))
        if desk is None:
            desk = [Clerk(self.rng, agency) for _ in range(self.rng.randint(2, 6))]
            self.clerks[(agency, site)] = desk
        return self.rng.choice(desk)

    def ref(self, agency: str, site: str, day: int) -> str:
        fmt = AGENCIES[agency].get("href")
        if not fmt:
            return ""
        n = self.counters.get(agency, self.rng.randrange(1000, 30000)) + self.rng.randint(1, 7)
        self.counters[agency] = n
        d = date.fromordinal(day)
        code = TR_PLATES.get(site.split("-")[0], site[:3].upper())
        return fmt.format(n=n % 10**9, yy=f"{d.year % 100:02d}", yyyy=d.year, code=code)


def ymd(ordinal: int) -> tuple[int, int, int]:
    d = date.fromordinal(ordinal)
    return d.year, d.month, d.day


def to_ord(s: str) -> int:
    y, m, d = s.split("-")
    return date(int(y), int(m), int(d)).toordinal()


WAVE_POOLS = {k: Pool([((to_ord(a), to_ord(b)), w) for a, b, w in v]) for k, v in WAVES.items()}
DEFAULT_WAVE = Pool([((to_ord("2012-03-01"), to_ord("2016-12-31")), 1)])


def flight_day(rng, place: str) -> int:
    gov = PLACES[place][0]
    pool = WAVE_POOLS.get(place) or WAVE_POOLS.get(gov) or DEFAULT_WAVE
    a, b = pool.pick(rng)
    return rng.randint(a, b)


def destination(rng, group: str, place: str) -> str:
    gov = PLACES[place][0]
    if group == "kurd":
        if place in ("kobani", "afrin"):
            return choose(rng, [("TR", 0.75), ("IQ", 0.2), ("LB", 0.05)])
        return choose(rng, [("IQ", 0.7), ("TR", 0.2), ("LB", 0.1)])
    if group in DEST_GROUP:
        return choose(rng, DEST_GROUP[group])
    return choose(rng, DEST_ARAB.get(gov, DEST_ARAB["aleppo"]))


def birth_kind(rng, year: int, group: str) -> int:
    """Exact date, 1 January on the papers, year only, or no papers at all (age stated)."""
    r = rng.random()
    stateless = group == "kurd" and rng.random() < 0.15  # ajanib and maktoumeen Kurds
    if year < 1950:
        cuts = (0.30, 0.65, 0.9)
    elif year < 1970:
        cuts = (0.77, 0.92, 0.97)
    elif year < 2011:
        cuts = (0.94, 0.98, 0.99)
    else:
        cuts = (0.985, 0.995, 0.998)
    if stateless:
        cuts = (cuts[0] * 0.6, cuts[1] * 0.8, cuts[2] * 0.9)
    if r < cuts[0]:
        return EXACT
    if r < cuts[1]:
        return JAN1
    if r < cuts[2]:
        return YEAR
    return AGE


def new_phone(rng, country: str) -> tuple[str, str]:
    if country == "SY":
        nsn = "9" + rng.choice("345689") + f"{rng.randrange(10**7):07d}"
    elif country == "LB":
        p = rng.choice(("3", "3", "70", "71", "76", "78", "79", "81"))
        nsn = p + f"{rng.randrange(10**6):06d}"
    elif country == "JO":
        nsn = "7" + rng.choice("789") + f"{rng.randrange(10**7):07d}"
    elif country == "TR":
        nsn = "5" + rng.choice(("30", "32", "33", "35", "36", "38", "42", "43", "44", "45",
                                "46", "49", "50", "51", "53", "54", "55", "59"))  # fmt: skip
        nsn += f"{rng.randrange(10**7):07d}"
    else:
        nsn = "7" + rng.choice(("50", "51", "70", "71", "80", "81")) + f"{rng.randrange(10**7):07d}"
    return CALLING[country], nsn


def show_phone(cc: str, nsn: str, fmt: str) -> str:
    if fmt == "intl":
        return "+" + cc + nsn
    if fmt == "00":
        return "00" + cc + nsn
    if fmt == "cc":
        return cc + nsn
    if fmt == "bare":
        return nsn
    if fmt == "spaced":
        return f"+{cc} {nsn[:-6]} {nsn[-6:-3]} {nsn[-3:]}"
    if cc == "961" and nsn[0] != "3":
        return nsn  # Lebanese 70/71/76... numbers have no trunk zero
    return "0" + nsn


# ---- Household composition ------------------------------------------------------------------

HH_TYPES = Pool(
    [
        ("nuclear", 0.50),
        ("extended", 0.12),
        ("brothers", 0.04),
        ("female_head", 0.18),
        ("single", 0.09),
        ("elderly", 0.03),
        ("polygamous", 0.025),
        ("minors", 0.01),
    ]
)
KIDS = Pool([(0, 3), (1, 8), (2, 12), (3, 15), (4, 15), (5, 13), (6, 10), (7, 8), (8, 5), (9, 3)])


class Builder:
    """Makes one household: its people, their names and their birth dates."""

    def __init__(self, world: World, hh: Household):
        self.w = world
        self.rng = world.rng
        self.hh = hh
        self.group = hh.group
        self.gov = PLACES[hh.place][0]
        self.fam = world.family_pool(hh.group, self.gov)
        self.members: list[Person] = []

    def born(self, age_years: float) -> int:
        return self.hh.flight - int(age_years * 365.25) - self.rng.randrange(365)

    def add(self, p: Person) -> Person:
        rng = self.rng
        y = date.fromordinal(p.dob).year
        p.kind = birth_kind(rng, y, self.group)
        if p.kind == JAN1:
            p.dob = date(y, 1, 1).toordinal()
        if p.given in UNISEX:
            p.trap("unisex_name")
        if self.group == "kurd" and y < 1996 and rng.random() < 0.25:
            p.alias = self.w.given("kurd", p.sex, 2000)  # the Kurdish name used at home
        if self.hh.no_surname:
            p.family = p.grandfather
        self.members.append(p)
        return p

    def man(self, age: float, lineage=None) -> Person:
        w, g = self.w, self.group
        dob = self.born(age)
        y = date.fromordinal(dob).year
        if lineage:
            father, grandfather, family = lineage
        else:
            father = w.given(g, "M", y - 28)
            grandfather = w.given(g, "M", y - 56, (father,))
            family = self.fam.pick(self.rng)
        given = w.given(g, "M", y, (father,))
        return self.add(Person("M", given, father, grandfather, family, dob, g))

    def woman(self, age: float, family=None) -> Person:
        w, g = self.w, self.group
        dob = self.born(age)
        y = date.fromordinal(dob).year
        father = w.given(g, "M", y - 28)
        grandfather = w.given(g, "M", y - 56, (father,))
        if family is None:
            family = self.fam.pick(self.rng)
        return self.add(Person("F", w.given(g, "F", y), father, grandfather, family, dob, g))

    def wife_for(self, husband: Person, age: float) -> Person:
        cousin = self.group in ("arab", "kurd", "turkmen", "palestinian") and (
            self.rng.random() < 0.2
        )
        wife = self.woman(age, husband.family if cousin else None)
        wife.spouse_family = husband.family
        husband.spouse_family = wife.family
        if cousin:
            wife.trap("spouse_same_family")
            husband.trap("spouse_same_family")
        return wife

    def children(self, father_given, grandfather, family, mother_age, n, lineage_key=None):
        """n children of one mother, spaced 1-3.5 years; births may fall after the flight."""
        rng, w, g = self.rng, self.w, self.group
        age = mother_age - rng.triangular(17, 26, 20)
        used: list[str] = []
        kids: list[Person] = []
        first_son = True
        k = 0
        while k < n and age > -3:
            if age > 25 and rng.random() < 0.85:  # grown up and gone
                age -= rng.uniform(1.2, 3.5)
                k += 1
                continue
            twins = rng.random() < 0.015
            hasan_husayn = (
                twins and g in ("arab", "kurd", "turkmen", "palestinian") and (rng.random() < 0.2)
            )
            dob = self.born(age) if age > 0 else self.hh.flight + int(-age * 365.25)
            y = date.fromordinal(dob).year
            for j in range(2 if twins else 1):
                sex = "M" if hasan_husayn or rng.random() < 0.51 else "F"
                if hasan_husayn:
                    given = ("ḥasan", "ḥusayn")[j]
                elif (
                    sex == "M"
                    and first_son
                    and grandfather != father_given
                    and (rng.random() < 0.3)
                ):
                    given = grandfather  # the eldest son carries his grandfather's name
                else:
                    given = w.given(g, sex, y, used)
                if sex == "M":
                    first_son = False
                used.append(given)
                p = self.add(Person(sex, given, father_given, grandfather, family, dob, g))
                if twins:
                    p.trap("twin")
                if given == grandfather and lineage_key:
                    cousins = w.grandsons.setdefault(lineage_key, [])
                    cousins.append(p)
                    if len(cousins) > 1:
                        for c in cousins:
                            c.trap("cousins_same_name")
                kids.append(p)
            age -= rng.uniform(1.2, 3.5)
            k += 2 if twins else 1
        return kids

    def lineage(self, head_age: float):
        """Sometimes the head is the brother of an earlier head from the same place."""
        key = self.hh.place + self.group
        lst = self.w.lineages.setdefault(key, [])
        if lst and self.rng.random() < 0.15:
            return self.rng.choice(lst)
        return None

    def remember(self, head: Person) -> None:
        lst = self.w.lineages.setdefault(self.hh.place + self.group, [])
        lst.append((head.father, head.grandfather, head.family if not self.hh.no_surname else None))
        if len(lst) > 40:
            del lst[0]

    def build(self) -> None:
        rng = self.rng
        t = HH_TYPES.pick(rng)
        if t in ("nuclear", "extended", "brothers", "polygamous"):
            head_age = rng.triangular(19, 68, 32)
            lin = self.lineage(head_age)
            head = self.man(head_age, lin if lin and lin[2] else None)
            head.head = True
            wife_age = max(16.0, head_age - rng.uniform(1, 12))
            wife = self.wife_for(head, wife_age)
            key = (head.family, head.father, head.grandfather)
            kids = self.children(
                head.given, head.father, head.family, wife_age, KIDS.pick(rng), key
            )
            if t == "polygamous":
                wife2 = self.wife_for(head, max(16.0, wife_age - rng.uniform(3, 15)))
                wife.trap("co_wife")
                wife2.trap("co_wife")
                kids += self.children(
                    head.given,
                    head.father,
                    head.family,
                    head_age - 20 - rng.uniform(0, 5),
                    KIDS.pick(rng),
                    key,
                )
            if t == "extended":
                if rng.random() < 0.55:
                    gp = self.add(
                        Person(
                            "M",
                            head.father,
                            head.grandfather,
                            self.w.given(self.group, "M", 1920),
                            head.family,
                            self.born(head_age + rng.uniform(22, 35)),
                            self.group,
                        )
                    )
                    if gp.dob < self.hh.flight - 95 * 365:
                        gp.dob = self.hh.flight - 90 * 365
                    for k in kids:
                        if k.given == gp.given:
                            k.trap("grandson_same_name")
                            gp.trap("grandson_same_name")
                gm_age = min(92.0, head_age + rng.uniform(18, 32))
                if rng.random() < 0.75:
                    gm = self.woman(gm_age)
                    gm.spouse_family = head.family
                if rng.random() < 0.3:  # an unmarried brother or sister of the head
                    sex = "M" if rng.random() < 0.5 else "F"
                    dob = self.born(rng.uniform(16, 30))
                    y = date.fromordinal(dob).year
                    given = self.w.given(self.group, sex, y, (head.given,))
                    self.add(
                        Person(
                            sex, given, head.father, head.grandfather, head.family, dob, self.group
                        )
                    )
            if t == "brothers":
                b_age = max(18.0, head_age + rng.uniform(-8, 8))
                brother = self.man(b_age, (head.father, head.grandfather, head.family))
                bw_age = max(16.0, b_age - rng.uniform(1, 10))
                self.wife_for(brother, bw_age)
                self.children(
                    brother.given, brother.father, brother.family, bw_age, KIDS.pick(rng), key
                )
            if lin is None:
                self.remember(head)
            if kids and rng.random() < 0.5:
                sons = [k for k in kids if k.sex == "M"]
                if sons:
                    eldest = min(sons, key=lambda p: p.dob)
                    head.kunya = "ʾabū " + eldest.given.split(" ")[0]
                    wife.kunya = "ʾumm " + eldest.given.split(" ")[0]
        elif t == "female_head":
            # the husband is dead, detained, fighting or still in Syria
            w, g = self.w, self.group
            mother_age = rng.triangular(19, 60, 33)
            hus_dob = self.born(mother_age + rng.uniform(1, 12))
            hy = date.fromordinal(hus_dob).year
            hus_father = w.given(g, "M", hy - 28)
            hus_family = self.fam.pick(rng)
            hus_given = w.given(g, "M", hy, (hus_father,))
            mother = self.woman(mother_age)
            mother.head = True
            mother.spouse_family = hus_family
            self.children(hus_given, hus_father, hus_family, mother_age, max(1, KIDS.pick(rng)))
            if rng.random() < 0.15:
                gm = self.woman(min(90.0, mother_age + rng.uniform(18, 30)), None)
                gm.family = mother.family
        elif t == "single":
            lin = self.lineage(25)
            head = self.man(rng.triangular(17, 45, 22), lin if lin and lin[2] else None)
            head.head = True
            if rng.random() < 0.25:
                self.man(
                    max(15.0, rng.triangular(15, 40, 20)),
                    (head.father, head.grandfather, head.family),
                )
        elif t == "elderly":
            age = rng.triangular(58, 90, 68)
            if rng.random() < 0.5:
                head = self.man(age)
                head.head = True
                self.wife_for(head, max(50.0, age - rng.uniform(0, 10)))
            else:
                widow = self.woman(age)
                widow.head = True
                widow.spouse_family = self.fam.pick(rng)
        else:  # unaccompanied or separated children
            w, g = self.w, self.group
            fy = date.fromordinal(self.hh.flight).year
            father = w.given(g, "M", fy - 45)
            gf = w.given(g, "M", fy - 75, (father,))
            family = self.fam.pick(rng)
            used: list[str] = []
            for i in range(rng.choice((1, 1, 1, 2, 2, 3))):
                sex = "M" if rng.random() < 0.7 else "F"
                dob = self.born(rng.uniform(8, 17.9) if i == 0 else rng.uniform(5, 17))
                given = w.given(g, sex, date.fromordinal(dob).year, used)
                used.append(given)
                p = self.add(Person(sex, given, father, gf, family, dob, g))
                p.trap("unaccompanied_minor")
                if i == 0:
                    p.head = True
        if self.members and not any(m.head for m in self.members):
            self.members[0].head = True
        self.members.sort(key=lambda m: (not m.head, m.dob))


def make_household(world: World, n: int) -> Household:
    rng = world.rng
    hh = Household()
    hh.hid = f"H{n}"
    hh.group = GROUPS.pick(rng)
    hh.place = world.place_lists[hh.group].pick(rng)
    hh.via = None
    if rng.random() < 0.2:  # displaced inside Syria first
        via = GROUP_PLACES["arab"].pick(rng)
        if via != hh.place:
            hh.via = via
    hh.country = destination(rng, hh.group, hh.place)
    hh.flight = flight_day(rng, hh.place)
    gov = PLACES[hh.place][0]
    hh.tribe = None
    if hh.group == "arab" and gov in ("deir", "raqqa", "hasakah") and rng.random() < 0.6:
        hh.tribe = TRIBE_POOL.pick(rng)
    hh.no_surname = (
        hh.group in ("arab", "kurd")
        and gov in ("deir", "raqqa", "hasakah")
        and (rng.random() < 0.08)
    )
    hh.area = rng.random()
    hh.refs = {}
    b = Builder(world, hh)
    b.build()
    hh.members = b.members
    # phones: the Syrian SIM, then local SIMs
    phones = []
    if rng.random() < 0.75:
        phones.append((-(10**9), *new_phone(rng, "SY")))
    hh.phones = phones
    return hh


def add_local_sims(rng, hh: Household, country: str, start: int) -> None:
    if rng.random() < 0.92:
        day = start + rng.randrange(2, 90)
        hh.phones.append((day, *new_phone(rng, country)))
        while rng.random() < 0.35:
            day += rng.randrange(120, 900)
            hh.phones.append((day, *new_phone(rng, country)))
    for m in hh.members:
        if (start - m.dob) > 17 * 365 and not m.head and rng.random() < 0.35:
            m.phone = new_phone(rng, country)


def site_of(agency: str, u: float) -> str:
    sites = AGENCIES[agency]["sites"]
    total = sum(w for _, w in sites)
    acc = 0.0
    for s, w in sites:
        acc += w / total
        if u < acc:
            return s
    return sites[-1][0]


# ---------------------------------------------------------------------------------------------
# Registration events
# ---------------------------------------------------------------------------------------------


def office_day(day: int, country: str) -> int:
    off = WEEKEND.get(country, ())
    while date.fromordinal(day).weekday() in off:
        day += 1
    return day


def main_agency(rng, hh: Household, country: str) -> str:
    g = hh.group
    if g == "palestinian" and country in ("LB", "JO") and rng.random() < 0.85:
        return "UNRWA-LB" if country == "LB" else "UNRWA-JO"
    if country == "LB" and g == "armenian" and rng.random() < 0.45:
        return "ARC-LB"
    if country == "LB" and g in ("assyrian", "christian") and rng.random() < 0.35:
        return "ACR-LB"
    return MAIN[country]


def plan_events(rng, hh: Household) -> list[tuple]:
    """(day, agency, kind, who, country) for one household, in order."""
    c = hh.country
    f = hh.flight
    events = []
    if rng.random() < P_BORDER[c]:
        events.append((f + rng.randrange(0, 3), BORDER[c], "border", "all", c))
    delay = {"LB": 120, "JO": 30, "TR": 60, "IQ": 45}[c]
    main_day = f + rng.randrange(1, delay * 2)
    main = main_agency(rng, hh, c)
    if rng.random() < P_MAIN or not events:
        events.append((main_day, main, "main", "all", c))
    if hh.group == "armenian" and c == "LB" and main != "ARC-LB" and rng.random() < 0.2:
        events.append((main_day + rng.randrange(20, 400), "ARC-LB", "programme", "all", c))
    if rng.random() < P_PROGRAMME:
        who = "head" if rng.random() < P_PROGRAMME_HEAD_ONLY else "all"
        ag = PROGRAMME[c].pick(rng)
        events.append((main_day + rng.randrange(30, 540), ag, "programme", who, c))
    if rng.random() < P_LOCAL:
        who = "head" if rng.random() < 0.3 else "all"
        events.append((main_day + rng.randrange(10, 700), LOCAL[c], "local", who, c))
    if rng.random() < P_VERIFY:
        events.append((main_day + rng.randrange(365, 1500), VERIFY[c], "verification", "all", c))
    if rng.random() < P_ONWARD:
        c2 = choose(rng, ONWARD[c])
        day = f + rng.randrange(150, 1000)
        events = [e for e in events if e[0] < day]
        events.append((day + rng.randrange(5, 60), main_agency(rng, hh, c2), "onward", "all", c2))
    events.sort(key=lambda e: e[0])
    return events


class Visit:
    """One household (or person) in front of one clerk."""

    __slots__ = ("day", "agency", "site", "kind", "ref", "minute", "clerk", "country", "mode",
                 "origin", "no_ref", "no_phone", "tags")  # fmt: skip


class Registry:
    """Turns households and events into records, truth and explanations."""

    def __init__(self, world: World, explain: bool):
        self.w = world
        self.rng = world.rng
        self.explain = explain
        self.records: list[tuple] = []
        self.rec_obj: list[Person] = []
        self.why: list[tuple] = []
        self.persons: list[Person] = []

    def register_household(self, hh: Household, budget: int) -> int:
        """Writes the household's records; returns how many people were recorded."""
        rng = self.rng
        events = plan_events(rng, hh)
        add_local_sims(rng, hh, hh.country, hh.flight)
        moved = False
        start = len(self.records)
        seen: set[int] = set()
        last_nsn: list[str] = []  # the household's number at its last registration
        for day, agency, kind, who, country in events:
            if country != hh.country and not moved:
                add_local_sims(rng, hh, country, day - 30)
                moved = True
            border = kind == "border"
            if not border and agency != "HOTLINE":
                day = office_day(day, country)
            present = [m for m in hh.members if m.dob <= day]
            if not present:
                continue
            if who == "head":
                present = present[:1]
            site = site_of(agency, hh.area)
            ref = self.household_ref(hh, agency, site, day, kind)
            minute = rng.randrange(0, 1440) if border else rng.randrange(480, 930)
            v = self.visit(hh, day, agency, site, kind, ref, minute)
            split_ok = kind in ("programme", "local")
            for i, p in enumerate(present):
                if id(p) in seen and i > 0 and rng.random() < P_ABSENT:
                    continue
                tags = list(v.tags)
                v.ref, v.minute = ref if not v.no_ref else "", minute + 3 * i
                adult = 18 * 365 < day - p.dob < 35 * 365
                if split_ok and i > 0 and adult and p.spouse_family is None:
                    if rng.random() < P_SPLIT:  # registered as a case of his or her own
                        v.ref = self.w.ref(agency, site, day)
                        v.minute = rng.randrange(480, 930)
                        tags = [t for t in tags if t != "href:missing"] + ["hh:split"]
                phone = self.phone_for(hh, p, v, tags, last_nsn)
                self.emit(hh, p, v, phone, tags)
                seen.add(id(p))
                if rng.random() < P_DOUBLE_ENTRY:
                    v.minute += rng.randrange(5, 60)
                    self.emit(hh, p, v, phone, list(v.tags) + ["dup:same_day"])
        for p in hh.members:  # people who also go somewhere alone
            if id(p) in seen and rng.random() < P_SOLO:
                c = hh.country
                day = hh.flight + rng.randrange(60, 1200)
                if day < p.dob:
                    continue
                agency = rng.choice((PROGRAMME[c].pick(rng), LOCAL[c], MAIN[c]))
                day = office_day(day, c)
                site = site_of(agency, rng.random())
                ref = self.w.ref(agency, site, day) if rng.random() < 0.5 else ""
                v = self.visit(hh, day, agency, site, "solo", ref, rng.randrange(480, 930))
                tags = list(v.tags) + ["hh:alone"]
                self.emit(hh, p, v, self.phone_for(hh, p, v, tags, []), tags)
        recorded = [p for p in hh.members if p.nrec]
        if len(recorded) > budget:  # the last household is cut to the requested size
            keep = {id(p) for p in recorded[:budget]}
            kept = [i for i in range(start, len(self.records)) if id(self.rec_obj[i]) in keep]
            self.records[start:] = [self.records[i] for i in kept]
            self.rec_obj[start:] = [self.rec_obj[i] for i in kept]
            if self.explain:
                self.why[start:] = [self.why[i] for i in kept]
            recorded = recorded[:budget]
        for p in recorded:
            p.hid = hh.hid
            self.persons.append(p)
        return len(recorded)

    def visit(self, hh, day, agency, site, kind, ref, minute) -> Visit:
        """One household in front of one clerk: what is decided once for all its members."""
        rng = self.rng
        v = Visit()
        v.day, v.agency, v.site, v.kind, v.ref, v.minute = day, agency, site, kind, ref, minute
        v.clerk = clerk = self.w.clerk(agency, site)
        v.country = AGENCIES[agency]["country"]
        if v.country == "*":
            v.country = hh.country
        v.mode = mode = clerk.mode_for(hh.group)
        tags = ["event:" + kind, "script:" + mode]
        if mode == "lat":
            tags.append("translit:" + clerk.lat.base)
            if clerk.lat.upper:
                tags.append("case:upper")
            if clerk.fold:
                tags.append("fold:ascii")
        elif mode == "ar":
            if clerk.ar_hamza_drop:
                tags.append("ar:nohamza")
            if clerk.ar_teh:
                tags.append("ar:heh")
        v.origin = self.origin(hh, clerk, mode, agency, tags)
        v.no_ref = bool(ref) and rng.random() < clerk.href_missing
        if v.no_ref:
            tags.append("href:missing")
        v.no_phone = rng.random() < clerk.phone_missing
        v.tags = tags
        return v

    def household_ref(self, hh, agency, site, day, kind) -> str:
        old = hh.refs.get(agency)
        if old is not None and (kind == "verification" or self.rng.random() < 0.85):
            return old
        ref = self.w.ref(agency, site, day)
        hh.refs[agency] = ref
        return ref

    def phone_for(self, hh, p, v: Visit, tags, last_nsn) -> str:
        rng = self.rng
        clerk = v.clerk
        if v.no_phone:
            tags.append("phone:missing")
            return ""
        if clerk.phone_head_only and not p.head and not (p.phone and rng.random() < 0.5):
            tags.append("phone:head_only")
            return ""
        if clerk.shawish and rng.random() < clerk.shawish:
            lst = self.w.shawish.setdefault(f"{clerk.agency}{int(hh.area * 60)}", [])
            if len(lst) < 3:
                lst.append(new_phone(rng, "LB"))
            cc, nsn = rng.choice(lst)
            tags.append("phone:shawish")
            return show_phone(cc, nsn, clerk.phone_fmt)
        if p.phone and rng.random() < clerk.phone_member:
            cc, nsn = p.phone
            tags.append("phone:own")
        else:
            current = [ph for ph in hh.phones if ph[0] <= v.day]
            if not current:
                tags.append("phone:missing")
                return ""
            pick = current[-1]
            if len(current) > 1 and rng.random() < 0.08:
                pick = current[-2]
                tags.append("phone:old_sim")
            _, cc, nsn = pick
        if "phone:own" not in tags:
            if last_nsn and last_nsn[-1] != nsn and "phone:old_sim" not in tags:
                tags.append("phone:new_sim")
            last_nsn.append(nsn)
        if rng.random() < 0.008:
            i = rng.randrange(len(nsn))
            nsn = nsn[:i] + str((int(nsn[i]) + rng.choice((1, 9))) % 10) + nsn[i + 1 :]
            tags.append("phone:typo")
        return show_phone(cc, nsn, clerk.phone_fmt)

    def emit(self, hh, p, v: Visit, phone, tags) -> None:
        rng = self.rng
        clerk, mode, day = v.clerk, v.mode, v.day
        name = clerk.name

        # ---- given name
        given = p.given
        if p.alias and rng.random() < (0.6 if clerk.kurdish else 0.12):
            given = p.alias
            tags.append("given:kurdish_alias")
        if mode == "lat" and clerk.colloq and given in COLLOQUIAL and rng.random() < clerk.colloq:
            given = COLLOQUIAL[given]
            tags.append("colloquial")
        if given.startswith("muḥammad ") and given.count(" ") == 1:
            r = rng.random()
            if r < 0.2:
                given = given[9:]
                tags.append("given:second_part")
            elif r < 0.28:
                given = "muḥammad"
                tags.append("given:first_part")
        if p.kunya and rng.random() < clerk.kunya:
            g = name(p.kunya, mode)
            tags.append("kunya")
        elif given in NICKNAMES and rng.random() < clerk.nick:
            g = name(rng.choice(NICKNAMES[given]), mode)
            tags.append("nick")
        else:
            g = name(given, mode)

        # ---- family name
        family = p.family
        fam_tag = None
        if p.sex == "F" and p.spouse_family and rng.random() < clerk.husband_surname:
            family = p.spouse_family
            fam_tag = "wife:husband_surname"
        elif hh.tribe and not p.spouse_family and rng.random() < clerk.tribe * 3:
            family = hh.tribe
            fam_tag = "family:tribe"
        elif rng.random() < clerk.triple:
            family = p.grandfather if rng.random() < 0.7 else p.father
            fam_tag = "family:grandfather" if family == p.grandfather else "family:father"
        if fam_tag:
            tags.append(fam_tag)
        if family.startswith("al-") and mode == "lat" and rng.random() < 0.08:
            family = family[3:]
            tags.append("article:dropped")
        f = name(family, mode)

        # ---- patronymic
        pat = ""
        if rng.random() < clerk.pat:
            pat = name(p.father, mode)
            if rng.random() < clerk.pat_gf:
                pat += " " + name(p.grandfather, mode)
                tags.append("pat:+grandfather")
        else:
            tags.append("pat:missing")
        if rng.random() < clerk.father_in_given:
            g = g + " " + name(p.father, mode)
            tags.append("given+father")
            if rng.random() < 0.6:
                pat = ""
        if rng.random() < clerk.swap:
            g, f = f, g
            tags.append("swap:names")
        if rng.random() < clerk.typo:
            g = typo(g, rng)
            tags.append("typo:given")
        if rng.random() < clerk.typo:
            f = typo(f, rng)
            tags.append("typo:family")
        if pat and rng.random() < clerk.typo * 0.7:
            pat = typo(pat, rng)
            tags.append("typo:patronymic")

        # ---- sex
        sex = p.sex
        if rng.random() < clerk.sex_missing:
            sex = ""
            tags.append("sex:missing")
        elif rng.random() < (0.06 if p.given in UNISEX else 0.002):
            sex = "F" if sex == "M" else "M"
            tags.append("sex:wrong")

        # ---- birth date, time, desk
        dob = self.birth_date(p, day, clerk, tags)
        minute = min(v.minute, 1439)
        stamp = f"{date.fromordinal(day).isoformat()}T{minute // 60:02d}:{minute % 60:02d}"
        label = AGENCIES[v.agency]["label"]
        row = (g, f, pat, sex, dob, v.origin, phone, v.ref, stamp, f"{label} {v.site}")
        self.records.append(row)
        self.rec_obj.append(p)
        p.nrec += 1
        if self.explain:
            self.why.append((hh.hid, f"{v.agency}/{v.site}", ";".join(tags)))

    def birth_date(self, p, day, clerk, tags) -> str:
        rng = self.rng
        if rng.random() < clerk.dob_missing:
            tags.append("dob:missing")
            return ""
        y, m, d = ymd(p.dob)
        kind = p.kind
        age_days = day - p.dob
        if kind == AGE or (age_days > 5 * 365 and rng.random() < clerk.age_only):
            age = age_days // 365
            if age >= 16:
                age += rng.choice((-1, 0, 0, 0, 1, 2))
            year = date.fromordinal(day).year - age
            tags.append("dob:age")
            return f"{year}-01-01" if clerk.dob_mode == "jan1" else str(year)
        if kind == JAN1:
            tags.append("dob:jan1")
            return f"{y}-01-01"
        if kind == YEAR:
            if clerk.dob_mode == "jan1":
                tags.append("dob:jan1")
                return f"{y}-01-01"
            tags.append("dob:year")
            return str(y)
        if d <= 12 and d != m and rng.random() < clerk.dm_swap:
            m, d = d, m
            tags.append("dob:dm_swap")
        if rng.random() < clerk.dob_typo:
            if rng.random() < 0.5:
                y = min(y + rng.choice((-1, 1, -10, 10)), date.fromordinal(day).year - 1)
            else:
                d = min(28, max(1, d + rng.choice((-1, 1))))
            tags.append("dob:typo")
        return f"{y:04d}-{m:02d}-{d:02d}"

    def origin(self, hh, clerk, mode, agency, tags) -> str:
        rng = self.rng
        if rng.random() < clerk.origin_missing:
            tags.append("origin:missing")
            return ""
        key = hh.place
        if hh.group == "palestinian" and rng.random() < (
            0.2 if agency.startswith("UNRWA") else 0.04
        ):
            key = "palestine"
            tags.append("origin:ancestral")
        elif hh.via and rng.random() < 0.2:
            key = hh.via
            tags.append("origin:via")
        if rng.random() < clerk.origin_gov:
            gov = PLACES[key][0]
            if gov != key and gov in PLACES:
                key = gov
                tags.append("origin:governorate")
        return clerk.place(key, mode)


# ---------------------------------------------------------------------------------------------
# Traps found after the fact, and output
# ---------------------------------------------------------------------------------------------


def mark_namesakes(persons: list[Person]) -> None:
    by_year: dict[tuple, int] = {}
    by_father: dict[tuple, int] = {}
    by_dob: dict[tuple, int] = {}
    keys = []
    for p in persons:
        y = date.fromordinal(p.dob).year
        k1 = (p.given, p.family, y)
        k2 = (p.given, p.father, p.family)
        k3 = (p.given, p.family, p.dob)
        by_year[k1] = by_year.get(k1, 0) + 1
        by_father[k2] = by_father.get(k2, 0) + 1
        by_dob[k3] = by_dob.get(k3, 0) + 1
        keys.append((k1, k2, k3))
    for p, (k1, k2, k3) in zip(persons, keys, strict=True):
        if by_dob[k3] > 1:
            p.trap("namesake_same_dob")
        if by_year[k1] > 1:
            p.trap("namesake_same_year")
        if by_father[k2] > 1:
            p.trap("namesake_same_father")


def generate(n_people: int, seed: int, out: str, explain: bool) -> str:
    t0 = time.perf_counter()
    rng = random.Random(seed)
    world = World(rng)
    reg = Registry(world, explain)
    count = 0
    hcount = 0
    while count < n_people:
        hcount += 1
        hh = make_household(world, hcount)
        count += reg.register_household(hh, n_people - count)
    # person ids in a shuffled order too, so that they say nothing either
    order_p = list(range(len(reg.persons)))
    rng.shuffle(order_p)
    for k, i in enumerate(order_p):
        reg.persons[i].pid = f"P{k + 1:07d}"
    mark_namesakes(reg.persons)

    n = len(reg.records)
    order = list(range(n))
    rng.shuffle(order)
    os.makedirs(out, exist_ok=True)
    header = ["record_id", "given_name", "family_name", "patronymic", "sex", "birth_date",
              "origin", "phone", "household_ref", "registered_at", "site"]  # fmt: skip
    objs = reg.rec_obj
    with (
        open(os.path.join(out, "records.csv"), "w", newline="", encoding="utf-8") as fr,
        open(os.path.join(out, "truth.csv"), "w", newline="", encoding="utf-8") as ft,
    ):
        wr = csv.writer(fr)
        wt = csv.writer(ft)
        wr.writerow(header)
        wt.writerow(["record_id", "person_id"])
        for k, i in enumerate(order):
            rid = f"R{k + 1:07d}"
            wr.writerow((rid, *reg.records[i]))
            wt.writerow((rid, objs[i].pid))
    if explain:
        with open(os.path.join(out, "why.csv"), "w", newline="", encoding="utf-8") as fw:
            ww = csv.writer(fw)
            ww.writerow(["record_id", "person_id", "household_id", "desk", "tags", "traps"])
            for k, i in enumerate(order):
                p = objs[i]
                hid, desk, tags = reg.why[i]
                ww.writerow((f"R{k + 1:07d}", p.pid, hid, desk, tags, ";".join(p.traps or ())))
    multi = sum(1 for p in reg.persons if p.nrec > 1)
    secs = time.perf_counter() - t0
    return (
        f"seventh_hands: people={len(reg.persons)} records={n} "
        f"registered_2plus={multi / max(1, len(reg.persons)):.1%} seconds={secs:.1f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=71)
    ap.add_argument("--out", required=True)
    ap.add_argument("--explain", action="store_true", help="also write why.csv")
    a = ap.parse_args()
    print(generate(a.people, a.seed, a.out, a.explain))


if __name__ == "__main__":
    main()
