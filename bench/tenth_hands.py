"""Tenth hands: a synthetic multi-agency registry of Afghans in flight, 2007-2023.

An independent benchmark generator for record linkage.  It was written without looking at the
engine it tests and is not tuned to it.  It only knows the interchange format.

THE WORLD
Afghan households from Kabul, Herat, Kandahar, Nangarhar/Jalalabad, Kunduz, Balkh/Mazar,
Ghazni, Helmand, Paktia and twenty more provinces, Pashtun, Tajik, Hazara and Uzbek, in the
places they really went:
  * Pakistan: old caseload refugees with PoR cards (NADRA registration 2006-07, verified again
    in the DRIVE exercise 2021-22), ACC holders (NADRA/IOM, 2017), and the new arrivals after
    August 2021 through Torkham and Chaman (UNHCR, IOM border monitoring, WFP, NGOs), many of
    them pushed back through Torkham in the deportations of late 2023;
  * Iran: Amayesh card holders (BAFIA renewals), the 2022 headcount of the undocumented,
    border crossings and deportations at Dogharoun / Islam Qala (IOM reception);
  * evacuees through Kabul airport (HKIA manifests, August 2021) to Qatar and Ramstein, then
    Operation Allies Welcome (Fort Bliss, Fort McCoy, other bases) and US resettlement
    agencies; to Germany (BAMF, later the federal admission programme out of Pakistan and Iran);
    a few to France; and families first registered in Pakistan and resettled to the US later.

Names follow Afghan usage.  Many people have a single name and no family name; the father's
name is the real second identifier (walad/bin/bint, s/o d/o w/o).  Urban and educated families
carry a family or tribal name (Ahmadzai, Popal, Noorzai, Hotak, Karimi, Sultani, Hashimi,
Wardak, Safi, Rezaei ...); some families use their tribe only sometimes; a few young men use a
takhallus.  Given names are compounds: Mohammad + X (a father Mohammad Nasir, his son Mohammad
Bashir), Abdul + Rahman/Rahim/Qadir (Abdur Rehman in Pakistan, Abdol in Iran), -ullah
(Rahmatullah, Rahmatulla, Rahmat Ullah, Rahmatollah), -uddin (Nasiruddin, Nasir-ud-Din),
Pakistani -ul-Haq and -ur-Rahman hyphens, Gul Ahmad / Ahmad Gul, a Khan or Jan that comes and
goes, women's Bibi/Gul/Jan (Nazia Bibi, Sharifa Jan, Gul Pari).  Twins are Hassan and Hussain.

Every name is stored once as a transcription with long vowels marked (nasiir, rasuul) and
written out by clerks with fixed habits:
  * Perso-Arabic script: Dari (Persian keyboard, ی ک گ), Pashto (ګ, ۍ, ږ, ځ, ڼ, ړ, ټ), or an
    Arabic keyboard (ي ك); compounds joined or spaced (عبدالرحمن / عبد الرحمن, رحمت‌الله).
  * Latin: English/UN (Mohammad, Nasir, Noor, Ehsanullah), Pakistani English (Muhammad,
    Naseer, Abdur Rehman, Zia-ul-Haq, s/o), US military and resettlement (capitals, Mohammed,
    Nassir, FNU for people with one name), German (Mohammad, Nassir, Schah, Chalid, Jusuf),
    Iranian Latin (Gholam, Abdol, Mostafa, Vahid) and rarely French (Youssouf, Chafiq).
  * Mistakes: typos, dropped letters, Mohammad dropped, Khan/Jan dropped, given and family
    swapped, the father's name as family name, empty family names and placeholders (-, NIL,
    FNU, LNU, ندارد), women as "wife of" their husband or under his name.
Dates: Solar Hijri is the official calendar; tazkiras give an exact date, a year, or only an
age at issue.  Clerks type SH dates as if Gregorian (1365-05-10), convert them correctly,
convert only the year (+621, keeping SH month and day), or use 1 January / 1 July for unknown
parts (US processing used 01-01 massively); ages are heaped on 0 and 5; day and month swap.

RATES (share of records; first figure at 100k people with seed 10, in brackets the range over
seeds 1-6 at 20k people.  Habits belong to clerks and a desk has 2-6 clerks, so the mix shifts
with the draw and clusters by desk.)
  People with two or more records 16.7 % (15.7-16.3), records per person 1.18 (1.167-1.173),
  three or more 1 %.
  Perso-Arabic script 36 % (25-35): Dari 33 (23-26), Arabic keyboard ي ك 2 (1.5-5), Pashto
  letters 0.5 (0.8-4); Latin: Pakistani English 34 (21-45), US 14 (12-16), English/UN 12
  (13-29), German 3 (1-2.5), Iranian Latin 0.2-1.8, French 0.7 (0.5-0.8); capitals 36 %
  (25-37).  Typo 1.7 % of records; Mohammad/Haji/Sayed dropped 0.7 %; Khan/Jan/Bibi dropped
  2.7 %; given and family swapped 0.8 %; father's name typed into the given-name field 0.6 %.
  Family name field: a family or tribal name 49 % (tribe used at this desk 5 %, takhallus
  0.3 %), the father's name 30 % (33-39), the grandfather's 2 %, the given name repeated 2.6 %
  (1.3-5.3), a placeholder 7 % (3.4-7.7), FNU in the given name 1.7 %, empty 3 % (0.05-1.9),
  a woman under her husband's name 1.9 %, "wife of" in the given name 0.3 %.  Patronymic
  missing 17 %.
  Birth date: exact Gregorian 22 %, SH date typed as if Gregorian (1365-05-10) 5.5 % (4-7),
  SH year only 17 % (12-21), all SH years together 22 % (16-28), year +621 with SH month and
  day 1.5 % (1.1-2.7), 1 January 28.5 % (28.5-35), 1 July 3.7 %, year only 38 % (32-38),
  computed from a stated (heaped) age 33 %, day/month swapped 0.07 %, missing 1.2 %.
  Phone missing 50 %, Persian digits 3.4 % (0.9-4.2); origin missing 9 %, current residence
  instead of origin 3 %, district or city rather than province 23 % (9-31), only
  "Afghanistan" 1.2 %; household reference missing 12.6 %.

TRAPS (why.csv, per person): twin, brothers_same_father, father_son_mohammad (father Mohammad
X, son Mohammad Y), cousins_same_name, namesake_same_father (same given and father's name),
namesake_same_year, tribe_or_father (family name is the tribe at some desks and the father's
name at others), wife_of (registered as wife of her husband), under_husband_name (her husband's
name as family name), pk_then_us (same family in Pakistan and later in the US), deported_back.

OUTPUT
  DIR/records.csv  the interchange format (record_id,given_name,family_name,patronymic,sex,
                   birth_date,origin,phone,household_ref,registered_at,site)
  DIR/truth.csv    record_id,person_id
  DIR/why.csv      (with --explain) record_id,person_id,household_id,desk,tags,traps
Record ids are assigned after shuffling and say nothing about the person.  Output is
deterministic for a given seed.

    python bench/tenth_hands.py --people 100000 --seed 10 --out /tmp/tenth/100k --explain
"""

from __future__ import annotations

import argparse
import bisect
import calendar
import csv
import os
import random
import re
import time
from datetime import date

# ---------------------------------------------------------------------------------------------
# Calendar: Solar Hijri (jalaali) <-> Gregorian, after Borkowski's algorithm
# ---------------------------------------------------------------------------------------------

_BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192]


def _jal_march(jy: int) -> tuple[int, int]:
    """Return (gregorian year, March day of 1 Farvardin) for SH year jy."""
    gy = jy + 621
    leap_j = -14
    jp = _BREAKS[0]
    jump = 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += (jump // 33) * 8 + (jump % 33) // 4
        jp = jm
    n = jy - jp
    leap_j += (n // 33) * 8 + ((n % 33) + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gy // 4 - ((gy // 100 + 1) * 3) // 4 - 150
    return gy, 20 + leap_j - leap_g


_NOWRUZ: dict[int, int] = {}


def nowruz(jy: int) -> int:
    o = _NOWRUZ.get(jy)
    if o is None:
        gy, md = _jal_march(jy)
        o = date(gy, 3, md).toordinal()
        _NOWRUZ[jy] = o
    return o


def to_sh(ordinal: int) -> tuple[int, int, int]:
    jy = date.fromordinal(ordinal).year - 621
    if ordinal < nowruz(jy):
        jy -= 1
    k = ordinal - nowruz(jy)
    if k < 186:
        return jy, k // 31 + 1, k % 31 + 1
    k -= 186
    return jy, 7 + k // 30, k % 30 + 1


def from_sh(jy: int, jm: int, jd: int) -> int:
    return nowruz(jy) + (jm - 1) * 31 - (jm // 7) * (jm - 7) + jd - 1


def ymd(y: int, m: int, d: int) -> str:
    """A date as the clerk typed it, clamped so that the day exists in that (Gregorian) month."""
    last = calendar.monthrange(y, m)[1]
    return f"{y:04d}-{m:02d}-{min(d, last):02d}"


def iso(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


D = date.toordinal

# ---------------------------------------------------------------------------------------------
# Names.  canonical transcription (aa ii uu long vowels, ' for ain) : Dari script [: Pashto]
# ---------------------------------------------------------------------------------------------

MALE = """
ahmad:احمد nasiir:نصیر bashiir:بشیر kariim:کریم rahiim:رحیم habiib:حبیب hamiid:حمید
rashiid:رشید jamiil:جمیل zaahir:ظاهر najiib:نجیب fariid:فرید khaalid:خالد nuur:نور
aziiz:عزیز shariif:شریف hakiim:حکیم jawaad:جواد zalmay:زلمی mirways:میرویس mujiib:مجیب
wahiid:وحید tawaab:تواب ajmal:اجمل bilaal:بلال fawaad:فواد idriis:ادریس shafiiq:شفیق
saadiq:صادق haaruun:هارون qays:قیس mas'uud:مسعود farhaad:فرهاد jaawiid:جاوید nawiid:نوید
umiid:امید daawud:داوود dost:دوست taaj:تاج waziir:وزیر gulaab:گلاب akbar:اکبر asad:اسد
bahraam:بهرام yuusuf:یوسف umar:عمر usmaan:عثمان zamaan:زمان wali:ولی sakhi:سخی
sarwar:سرور rasuul:رسول mahmuud:محمود mustafaa:مصطفی iqbaal:اقبال jalaal:جلال
qaasim:قاسم amiin:امین ismaa'iil:اسماعیل ibraahiim:ابراهیم ishaaq:اسحاق sulaymaan:سلیمان
nazar:نظر rizaa:رضا mahdi:مهدی sajjaad:سجاد murtazaa:مرتضی abbaas:عباس qurbaan:قربان
ali:علی hasan:حسن husayn:حسین nabi:نبی haydar:حیدر sher:شیر zia:ضیا tamiim:تمیم
naasir:ناصر samiir:سمیر ahmadshaah:احمدشاه lal:لعل malang:ملنگ hilaal:هلال
sharafat:شرافت ihsaan:احسان hashmat:حشمت nu'maan:نعمان faysal:فیصل jahaangir:جهانگیر
sultaan:سلطان baaz:باز zarif:ظریف mansuur:منصور naadir:نادر sabuur:صبور tariq:طارق
waysal:ویسل spin:سپین zarmay:زرمی sadruddiin:صدرالدین naqiib:نقیب hazrat:حضرت
khushaal:خوشحال:خوشال paacha:پاچا zubayr:زبیر aarif:عارف saaqib:ثاقب anwar:انور
zaki:ذکی saabir:صابر matiin:متین waliid:ولید rafiiq:رفیق shakiib:شکیب ashraf:اشرف
akram:اکرم a'zam:اعظم fahiim:فهیم firuuz:فیروز bismillaah:بسم‌الله khudaadaad:خداداد
shahzaad:شهزاد kaamraan:کامران mahbuub:محبوب naziir:نذیر baariz:بارز jum'a:جمعه
paayinda:پاینده niyaaz:نیاز aslam:اسلم tooryaalay:توریالی aamir:عامر khaliil:خلیل
yaasiin:یاسین yahyaa:یحیی muusaa:موسی iisaa:عیسی daanish:دانش shaahid:شاهد zaahid:زاهد
shahaab:شهاب suhraab:سهراب rustam:رستم
"""
FEMALE = """
faatima:فاطمه zaynab:زینب maryam:مریم naaziya:نازیه shariifa:شریفه malaalay:ملالی:ملالۍ
farishta:فرشته shabnam:شبنم parwiin:پروین nargis:نرگس zarghuuna:زرغونه khadiija:خدیجه
ma'suuma:معصومه niiluufar:نیلوفر farzaana:فرزانه habiiba:حبیبه gulaalay:گلالی:ګلالۍ
laylaa:لیلا mursal:مرسل siimaa:سیما hamiida:حمیده zahraa:زهرا ruyaa:رویا shakiila:شکیله
nasriin:نسرین hosay:هوسی:هوسۍ palwasha:پلوشه spuzhmay:سپوژمی:سپوږمۍ wazhma:وژمه:وږمه
marziya:مرضیه saadiya:سعدیه samiira:سمیره latiifa:لطیفه nafiisa:نفیسه haliima:حلیمه
aziiza:عزیزه surayaa:ثریا shiriin:شیرین mahbuuba:محبوبه rahiima:رحیمه kariima:کریمه
aamina:آمنه hawaa:حوا zulaykhaa:زلیخا sabiira:صابره gulnaaz:گلناز tamannaa:تمنا
muskaa:مسکا madiina:مدینه shaayista:شایسته zarmiina:زرمینه naazu:نازو pari:پری
bakhtaawar:بختاور sughra:صغری kubra:کبری sakiina:سکینه ruqiya:رقیه zakiya:ذکیه
naajiya:ناجیه fawziya:فوزیه nuuriya:نوریه zuhra:زهره maliiha:ملیحه fariiba:فریبه
mahjabiin:مهجبین shukriya:شکریه gulbuu:گلبو sharbat:شربت hasiina:حسینه
mahnaaz:مهناز shahnaaz:شهناز tahmiina:تهمینه yalda:یلدا zahiida:زاهده rabiya:رابعه
basiira:بصیره kulsum:کلثوم nigiina:نگینه mahtaab:مهتاب shuguufa:شگوفه shiilaa:شیلا
gulchihra:گلچهره rawshana:روشنا nasiiba:نصیبه hafiiza:حفیظه jamiila:جمیله naziifa:نظیفه
shafiiqa:شفیقه raziya:رضیه tayyiba:طیبه ziibaa:زیبا sumayya:سمیه asmaa:اسما uzraa:عذرا
raahila:راحله storay:ستوری:ستورۍ baynaziir:بی‌نظیر aadila:عادله miinaa:مینا zuhal:زحل
hadiya:هدیه maniizha:منیژه pariisaa:پریسا sadiiqa:صدیقه naahiid:ناهید khaatira:خاطره
sahar:سحر niilaab:نیلاب aarizu:آرزو
"""
PARTS = """
muhammad:محمد gul:گل:ګل khaan:خان jaan:جان shaah:شاه aghaa:آغا ghulaam:غلام sayyid:سید
haajii:حاجی bibi:بی‌بی mir:میر
"""
ABD = """
rahmaan:رحمن rahiim:رحیم qaadir:قادر kariim:کریم wahaab:وهاب hakiim:حکیم ghafuur:غفور
samad:صمد sattaar:ستار salaam:سلام latiif:لطیف basiir:بصیر jabbaar:جبار qayyuum:قیوم
haq:حق haadi:هادی wali:ولی maalik:مالک majiid:مجید razzaaq:رزاق rashiid:رشید aziiz:عزیز
ahad:احد baaqi:باقی hamiid:حمید shakuur:شکور mannaan:منان matiin:متین qahhaar:قهار
ra'uuf:رئوف zaahir:ظاهر jaliil:جلیل ghani:غنی khaaliq:خالق wahiid:وحید nasiir:نصیر
"""
ULLAH = """
rahmat:رحمت hayaat:حیات sami':سمیع ihsaan:احسان naqiib:نقیب zabiih:ذبیح amiin:امین
asad:اسد hikmat:حکمت inaayat:عنایت ubayd:عبید nasr:نصر habiib:حبیب izzat:عزت
amaan:امان najiib:نجیب hamiid:حمید kifaayat:کفایت sayf:سیف ruuh:روح atiiq:عتیق
hasiib:حسیب fazl:فضل sanaa:ثنا lutf:لطف karam:کرم ismat:عصمت khaliil:خلیل wahiid:وحید
shafii':شفیع rafii':رفیع
"""
UDDIN = """
nasiir:نصیر jalaal:جلال shams:شمس alaa:علاء nizaam:نظام fakhr:فخر qutb:قطب salaah:صلاح
mu'iin:معین sharaf:شرف kamaal:کمال jamaal:جمال ziyaa:ضیاء najm:نجم burhaan:برهان
"""
ULHAQ = "ziyaa:ضیاء inaam:انعام ihsaan:احسان nuur:نور shams:شمس anwaar:انوار izhaar:اظهار"
URRAHMAN = "fazl:فضل ataa:عطا hafiiz:حفیظ aziiz:عزیز mujiib:مجیب habiib:حبیب khaliil:خلیل"
FAMILY = """
ahmadzay:احمدزی:احمدزۍ popal:پوپل popalzay:پوپلزی:پوپلزۍ nuurzay:نورزی:نورزۍ hotak:هوتک
kariimi:کریمی rahiimi:رحیمی sultaani:سلطانی haashimi:هاشمی wardak:وردک saafi:صافی
mohmand:مومند shinwaari:شینواری stanikzay:ستانکزی:ستانکزۍ baarakzay:بارکزی:بارکزۍ
alokozay:الکوزی:الکوزۍ achakzay:اچکزی:اڅکزۍ durraani:درانی kaakar:کاکر:کاکړ mangal:منگل
zadraan:زدران:ځدراڼ niyaazi:نیازی saadaat:سادات husayni:حسینی muhammadi:محمدی
ahmadi:احمدی nazari:نظری rizaa'i:رضایی ja'fari:جعفری akbari:اکبری shariifi:شریفی
haydari:حیدری amiri:امیری qaasimi:قاسمی habiibi:حبیبی aziizi:عزیزی nuuri:نوری
rasuuli:رسولی samadi:صمدی kohistaani:کوهستانی panjshiiri:پنجشیری fayzi:فیضی
nawaabi:نوابی yuusufi:یوسفی sahak:سهاک changiizi:چنگیزی jawzjaani:جوزجانی
faryaabi:فاریابی safari:صفری haqmal:حقمل ghaws:غوث
"""
TAKHALLUS = (
    "aazaad:آزاد wafaa:وفا parwaaz:پرواز armaan:ارمان mash'al:مشعل atal:اتل "
    "saahil:ساحل paymaan:پیمان ihsaas:احساس ghayrat:غیرت zwak:زواک:ځواک"
)
PASHTUN_FAM = {"ahmadzay", "popal", "popalzay", "nuurzay", "hotak", "wardak", "saafi",
               "mohmand", "shinwaari", "stanikzay", "baarakzay", "alokozay", "achakzay",
               "durraani", "kaakar", "mangal", "zadraan", "niyaazi", "sahak", "haqmal"}  # fmt: skip
HAZARA_FAM = {"husayni", "muhammadi", "ahmadi", "nazari", "rizaa'i", "ja'fari", "akbari",
              "shariifi", "haydari", "amiri", "qaasimi", "changiizi", "safari"}  # fmt: skip


def _parse(block: str) -> tuple[list[str], dict[str, tuple[str, str]]]:
    keys: list[str] = []
    script: dict[str, tuple[str, str]] = {}
    for tok in block.split():
        bits = tok.split(":")
        keys.append(bits[0])
        script[bits[0]] = (bits[1], bits[2] if len(bits) > 2 else "")
    return keys, script


SCRIPT: dict[str, tuple[str, str]] = {}
MALE_K, s = _parse(MALE)
SCRIPT.update(s)
FEMALE_K, s = _parse(FEMALE)
SCRIPT.update(s)
_, s = _parse(PARTS)
SCRIPT.update(s)
ABD_K, ABD_S = _parse(ABD)
ULLAH_K, ULLAH_S = _parse(ULLAH)
UDDIN_K, UDDIN_S = _parse(UDDIN)
ULHAQ_K, ULHAQ_S = _parse(ULHAQ)
URR_K, URR_S = _parse(URRAHMAN)
FAMILY_K, s = _parse(FAMILY)
SCRIPT.update(s)
TAKH_K, s = _parse(TAKHALLUS)
SCRIPT.update(s)
del s

# irregular Latin forms, per style; the first is the clerk's usual one
LATIN_OVERRIDE: dict[str, dict[str, list[str]]] = {
    "muhammad": {
        "un": ["Mohammad", "Mohammed", "Muhammad", "Mohamad"],
        "pk": ["Muhammad", "Muhammed", "Mohammad", "Muhammad"],
        "us": ["Mohammad", "Mohammed", "Mohamad", "Muhammad"],
        "de": ["Mohammad", "Mohamad", "Mohammed"],
        "fr": ["Mohammad", "Mohamed", "Mouhammad"],
        "ir": ["Mohammad", "Mohamad"],
    },
    "husayn": {
        "un": ["Hussain", "Hussein", "Husain"],
        "pk": ["Hussain", "Hussnain"],
        "ir": ["Hossein", "Hosein"],
        "fr": ["Houssein", "Hussein"],
        "us": ["Hussain", "Hussein"],
        "de": ["Hussain", "Hussein"],
    },  # fmt: skip
    "yuusuf": {
        "un": ["Yousuf", "Yusuf", "Yosuf"],
        "pk": ["Yousaf", "Yousuf"],
        "de": ["Yousuf", "Jusuf"],
        "fr": ["Youssouf", "Youssef"],
        "ir": ["Yousef"],
    },  # fmt: skip
    "daawud": {
        "un": ["Dawood", "Dawud", "Daud"],
        "pk": ["Dawood", "Daud"],
        "ir": ["Davood"],
        "de": ["Dawood", "Dawud"],
        "fr": ["Daoud"],
    },  # fmt: skip
    "mas'uud": {
        "un": ["Masood", "Masoud", "Massoud"],
        "pk": ["Masood", "Masud"],
        "ir": ["Masoud"],
        "de": ["Massoud", "Masud"],
        "fr": ["Massoud"],
    },  # fmt: skip
    "zia": {"un": ["Zia"], "pk": ["Zia"], "ir": ["Zia"], "fr": ["Zia"]},
    "ziyaa": {"un": ["Zia", "Ziya"], "pk": ["Zia"], "ir": ["Zia"], "fr": ["Zia"]},
    "husayni": {
        "un": ["Hussaini", "Husaini", "Hosaini"],
        "pk": ["Hussaini"],
        "ir": ["Hosseini", "Hoseini"],
        "de": ["Hussaini", "Hosseini"],
    },  # fmt: skip
    "sayyid": {
        "un": ["Sayed", "Sayyed", "Said"],
        "pk": ["Syed", "Sayed"],
        "ir": ["Seyed"],
        "us": ["Sayed", "Syed"],
        "de": ["Sayed", "Sajjed"],
        "fr": ["Sayed"],
    },  # fmt: skip
    "aghaa": {"un": ["Agha", "Aga", "Aqa"], "pk": ["Agha", "Aga"], "ir": ["Agha", "Agha"]},
    "haajii": {"un": ["Haji", "Hajji"], "pk": ["Haji", "Hajji"], "ir": ["Haj", "Haji"]},
    "bibi": {"un": ["Bibi", "Bibi", "Bebe"], "pk": ["Bibi", "Bibi"], "ir": ["Bibi"]},
    "ali": {"un": ["Ali"], "ir": ["Ali"], "fr": ["Ali"], "pk": ["Ali"], "de": ["Ali"]},
    "umar": {"un": ["Omar", "Umar"], "pk": ["Umar", "Omar"], "ir": ["Omar"], "de": ["Omar"]},
    "ghulaam": {"un": ["Ghulam", "Gholam"], "pk": ["Ghulam"], "ir": ["Gholam", "Golam"]},
    "faatima": {
        "un": ["Fatima", "Fatema", "Fatimah"],
        "pk": ["Fatima", "Fatimah"],
        "ir": ["Fatemeh", "Fatemeh"],
        "de": ["Fatima"],
        "fr": ["Fatima", "Fatma"],
    },  # fmt: skip
    "ma'suuma": {
        "un": ["Masooma", "Masuma", "Masoma"],
        "pk": ["Masooma", "Masuma"],
        "ir": ["Masoumeh", "Masoume"],
        "fr": ["Massouma"],
    },  # fmt: skip
    "spuzhmay": {"un": ["Spogmai", "Spozhmai", "Spogmay"], "pk": ["Spogmai", "Sapogmai"]},
    "wazhma": {"un": ["Wazhma", "Wajma", "Wazma"], "pk": ["Wajma", "Wazhma"]},
    "farishta": {
        "un": ["Freshta", "Fereshta", "Farishta"],
        "pk": ["Farishta", "Fareshta"],
        "ir": ["Fereshteh"],
        "de": ["Freschta", "Freshta"],
    },  # fmt: skip
    "yuusufi": {
        "un": ["Yousufi", "Yusufi"],
        "pk": ["Yousafi", "Yousufi"],
        "ir": ["Yousefi"],
        "de": ["Yousufi", "Jusufi"],
        "fr": ["Youssoufi"],
    },  # fmt: skip
    "baynaziir": {"un": ["Benazir", "Bibi Nazir"], "pk": ["Benazir", "Be Nazir"]},
    "laylaa": {"un": ["Laila", "Layla", "Leila"], "ir": ["Leila"], "pk": ["Laila", "Laila"]},
    "khaan": {"un": ["Khan"], "pk": ["Khan"], "ir": ["Khan"], "de": ["Khan"], "fr": ["Khan"]},
    "zalmay": {"un": ["Zalmai", "Zalmay"], "pk": ["Zalmai", "Zalmay"], "de": ["Zalmai"]},
}
ULLAH_LAT = {
    "un": ["ullah", "ullah", "ullah", "ulla", " Ullah", "-ullah"],
    "pk": ["ullah", "ullah", " Ullah", "-Ullah", "ulla"],
    "us": ["ullah", "ullah", "ulla", " Ullah"],
    "de": ["ullah", "ullah", "ulla", "olla"],
    "fr": ["oullah", "ullah", "allah"],
    "ir": ["ollah", "ollah", "ullah", "olah"],
}
UDDIN_LAT = {
    "un": ["uddin", "uddin", "udin", " Uddin", "-uddin"],
    "pk": ["-ud-Din", "uddin", " Uddin", "-ud-din", "ud Din"],
    "us": ["uddin", "udin", " Uddin"],
    "de": ["uddin", "uddin", "udin"],
    "fr": ["eddine", "uddin", "ouddin"],
    "ir": ["eddin", "oddin", "addin"],
}
ULHAQ_LAT = {
    "un": ["ulhaq", "ul Haq", "ul-Haq", " Ul Haq", "ulhaq"],
    "pk": ["-ul-Haq", "-ul-Haq", " ul Haq", "ul Haq", "ulhaq"],
    "us": ["ulhaq", " Ulhaq", " Ul Haq"],
    "de": ["ulhaq", "ul Haq"],
    "fr": ["oulhaq", "ul Haq"],
    "ir": ["olhagh", "olhaq"],
}
URR_LAT = {
    "un": ["ur Rahman", "urrahman", "-ur-Rahman", "ur Rehman"],
    "pk": ["-ur-Rehman", "-ur-Rahman", "ur Rehman", "ur Rahman", "urrehman"],
    "us": ["urrahman", "ur Rahman", " Ur Rahman"],
    "de": ["urrahman", "ur Rahman"],
    "fr": ["ourrahmane", "ur Rahman"],
    "ir": ["orrahman", "olrahman"],
}
ABD_PREFIX = {
    "un": ["Abdul ", "Abdul ", "Abdul", "Abdul-", "Abdul "],
    "pk": ["Abdul ", "Abdul ", "Abdul", "Abdul-"],
    "us": ["Abdul ", "Abdul", "Abdul "],
    "de": ["Abdul ", "Abdul", "Abdul-"],
    "fr": ["Abdoul ", "Abdel ", "Abdoul"],
    "ir": ["Abdol ", "Abdol", "Abdul "],
}
SUN = ("r", "s", "sh", "t", "z", "n", "d")
_AY = re.compile(r"ay(?![aeiou])")


def _rule_latin(c: str, style: str, hb: int) -> str:
    """Canonical transcription to Latin in a style; hb is a small clerk-specific habit number."""
    s = c.replace("'", "")
    if style == "pk":
        s = s.replace("ii", "ee").replace("uu", "oo").replace("aa", "a")
        s = s.replace("ahmaan", "ehmaan").replace("ahmaa", "ehma")
        s = _AY.sub("ai", s)
    elif style == "ir":
        s = s.replace("ii", "I").replace("uu", "U").replace("aa", "A")
        s = s.replace("u", "o").replace("q", "gh").replace("w", "v")
        if len(s) > 3 and hb % 3:
            s = s[0] + s[1:-1].replace("i", "e") + s[-1]
        s = s.replace("I", "i").replace("U", "ou").replace("A", "a")
    elif style == "fr":
        s = s.replace("uu", "U").replace("ii", "i").replace("aa", "a").replace("u", "ou")
        s = s.replace("U", "ou").replace("ay", "ai" if hb % 2 else "ei")
        s = s.replace("sh", "ch").replace("j", "dj").replace("q", "k")
    else:
        s = s.replace("ii", "i").replace("aa", "a")
        s = s.replace("uu", "oo" if hb % 3 else "u")
        if hb % 4:
            s = _AY.sub("ai", s)
        if s.endswith("iya") and hb % 3:
            s = s[:-3] + "ia"
        if style == "de":
            if hb % 2:
                s = s.replace("sh", "sch")
            if hb % 3 == 1:
                s = s.replace("kh", "ch")
            if hb % 5 == 2:
                s = s.replace("y", "j")
        if style in ("de", "us") and hb % 2 == 0 and "s" in s[1:-1]:
            i = s.find("s", 1)
            if 0 < i < len(s) - 1 and s[i - 1] in "aeiou" and s[i + 1] in "aeiou":
                s = s[:i] + "ss" + s[i + 1 :]
        if s[0] == "i" and hb % 4 < 2 and len(s) > 4:
            s = "e" + s[1:]
        if s[0] == "u" and len(s) > 3:
            s = "o" + s[1:]
    return s[:1].upper() + s[1:]


_LAT_CACHE: dict[tuple[str, str, int], str] = {}


def latin(c: str, style: str, hb: int) -> str:
    key = (c, style, hb)
    v = _LAT_CACHE.get(key)
    if v is None:
        ov = LATIN_OVERRIDE.get(c)
        if ov is not None:
            lst = ov.get(style) or ov.get("un") or [c.title()]
            v = lst[0] if hb % 3 else lst[hb % len(lst)]
        else:
            v = _rule_latin(c, style, hb)
        _LAT_CACHE[key] = v
    return v


def script_of(c: str, pashto: bool) -> str:
    dari, ps = SCRIPT[c]
    if pashto:
        return ps or dari.replace("گ", "ګ")
    return dari


# A name is a tuple of parts; a part is a key or (kind, key) with kind in abd/ullah/uddin/ulhaq/urr
DROP_PREFIX = {"muhammad", "haajii", "sayyid"}
DROP_SUFFIX = {"khaan", "jaan", "bibi"}


def _zipf(keys: list[str], a: float, rng: random.Random) -> tuple[list[str], list[float]]:
    ks = list(keys)  # the tables are written roughly in order of frequency
    for i in range(len(ks) - 1):  # ... but not exactly: neighbours trade places
        if rng.random() < 0.3:
            ks[i], ks[i + 1] = ks[i + 1], ks[i]
    cum = []
    t = 0.0
    for i in range(len(ks)):
        t += 1.0 / (i + 2.5) ** a
        cum.append(t)
    return ks, cum


def _pick(pool: tuple[list[str], list[float]], rng: random.Random) -> str:
    ks, cum = pool
    return ks[bisect.bisect_left(cum, rng.random() * cum[-1])]


class Names:
    """Name pools with a realistic concentration (a few very common names, a long tail)."""

    def __init__(self, rng: random.Random):
        self.male = _zipf(MALE_K, 0.8, rng)
        self.female = _zipf(FEMALE_K, 0.7, rng)
        self.abd = _zipf(ABD_K, 1.0, rng)
        self.ullah = _zipf(ULLAH_K, 1.0, rng)
        self.uddin = _zipf(UDDIN_K, 1.0, rng)
        self.ulhaq = _zipf(ULHAQ_K, 1.0, rng)
        self.urr = _zipf(URR_K, 1.0, rng)
        self.pashtun_fam = _zipf(sorted(PASHTUN_FAM), 0.7, rng)
        self.hazara_fam = _zipf(sorted(HAZARA_FAM), 0.7, rng)
        other = [k for k in FAMILY_K if k not in PASHTUN_FAM and k not in HAZARA_FAM]
        self.other_fam = _zipf(other, 0.6, rng)

    def male_name(self, rng: random.Random, eth: str, prefix: str | None = None) -> tuple:
        r = rng.random()
        if prefix == "muhammad" or (prefix is None and r < 0.22):
            x = _pick(self.male, rng)
            if rng.random() < 0.08:
                return ("muhammad",)
            return ("muhammad", x)
        r = rng.random()
        if r < 0.14:
            return (("abd", _pick(self.abd, rng)),)
        if r < 0.27:
            return (("ullah", _pick(self.ullah, rng)),)
        if r < 0.31:
            return (("uddin", _pick(self.uddin, rng)),)
        if r < 0.33:
            kind = "ulhaq" if rng.random() < 0.6 else "urr"
            return ((kind, _pick(self.ulhaq if kind == "ulhaq" else self.urr, rng)),)
        x = _pick(self.male, rng)
        if r < 0.39:
            return ("gul", x) if rng.random() < 0.5 else (x, "gul")
        if r < 0.44 and eth == "pashtun":
            return (x, "khaan")
        if r < 0.47:
            return (x, "jaan")
        if r < 0.50:
            return (rng.choice(("ghulaam", "ghulaam", "nuur", "shaah", "mir", "aghaa")), x)
        if r < 0.52 and eth == "hazara":
            return ("ghulaam", rng.choice(("husayn", "ali", "abbaas", "rizaa", "sakhi")))
        return (x,)

    def female_name(self, rng: random.Random) -> tuple:
        x = _pick(self.female, rng)
        r = rng.random()
        if r < 0.09:
            return (x, "bibi")
        if r < 0.15:
            return (x, "jaan")
        if r < 0.18:
            return (x, "gul")
        if r < 0.22:
            return ("gul", rng.choice(("pari", "bibi", "jaan", x)))
        if r < 0.24:
            return ("bibi", x)
        return (x,)

    def family(self, rng: random.Random, eth: str) -> str:
        if eth == "pashtun" and rng.random() < 0.8:
            return _pick(self.pashtun_fam, rng)
        if eth == "hazara" and rng.random() < 0.8:
            return _pick(self.hazara_fam, rng)
        return _pick(self.other_fam, rng)


def first_key(name: tuple) -> str:
    p = name[0]
    return p if isinstance(p, str) else p[0] + ":" + p[1]


# ---------------------------------------------------------------------------------------------
# Places.  province: (weight by ethnicity p t h u), Latin spellings, script, districts/cities
# ---------------------------------------------------------------------------------------------

PROVINCES = [
    # key, weights (pashtun, tajik, hazara, uzbek), latin, dari, places (latin/dari)
    ("kabul", (6, 14, 10, 3), ["Kabul", "Kabol", "Kabul City"], "کابل",
     ["Paghman/پغمان", "Dasht-e-Barchi/دشت برچی", "Khair Khana/خیرخانه", "Bagrami/بگرامی",
      "Shakardara/شکردره", "Char Asiab/چهارآسیاب"]),
    ("herat", (2, 12, 3, 1), ["Herat", "Hirat", "Herat City"], "هرات",
     ["Injil/انجیل", "Guzara/گذره", "Shindand/شیندند", "Ghoryan/غوریان"]),
    ("kandahar", (14, 1, 0, 0), ["Kandahar", "Qandahar", "Kandhar"], "کندهار",
     ["Spin Boldak/سپین بولدک", "Arghandab/ارغنداب", "Panjwai/پنجوایی", "Maiwand/میوند",
      "Daman/دامان"]),
    ("nangarhar", (14, 1, 0, 0), ["Nangarhar", "Ningarhar", "Nangrahar"], "ننگرهار",
     ["Jalalabad/جلال‌آباد", "Achin/اچین", "Shinwar/شینوار", "Khogyani/خوگیانی",
      "Surkh Rod/سرخرود", "Behsud/بهسود"]),
    ("kunduz", (4, 4, 0, 4), ["Kunduz", "Qunduz", "Kondoz"], "کندز",
     ["Imam Sahib/امام صاحب", "Chahar Dara/چهاردره", "Khanabad/خان‌آباد"]),
    ("balkh", (2, 6, 3, 5), ["Balkh", "Mazar-i-Sharif", "Mazar-e-Sharif", "Mazar"], "بلخ",
     ["Mazar-i-Sharif/مزار شریف", "Dawlatabad/دولت‌آباد", "Chimtal/چمتال", "Balkh/بلخ"]),
    ("ghazni", (6, 2, 10, 0), ["Ghazni", "Ghazny", "Ghazni City"], "غزنی",
     ["Jaghori/جاغوری", "Malistan/مالستان", "Andar/اندړ", "Qarabagh/قره‌باغ"]),
    ("helmand", (10, 0, 0, 0), ["Helmand", "Hilmand", "Lashkar Gah"], "هلمند",
     ["Lashkar Gah/لشکرگاه", "Nad Ali/ناد علی", "Nawa/ناوه", "Sangin/سنگین",
      "Musa Qala/موسی قلعه", "Garmser/گرمسیر"]),
    ("paktia", (7, 0, 0, 0), ["Paktia", "Paktya", "Paktiya"], "پکتیا",
     ["Gardez/گردیز", "Zurmat/زرمت", "Ahmadabad/احمدآباد"]),
    ("khost", (6, 0, 0, 0), ["Khost", "Khowst"], "خوست", ["Khost City/خوست", "Sabari/صبری"]),
    ("logar", (5, 1, 0, 0), ["Logar", "Lowgar"], "لوگر",
     ["Pul-i-Alam/پل علم", "Baraki Barak/برکی برک"]),
    ("wardak", (5, 1, 2, 0), ["Wardak", "Maidan Wardak", "Wardag"], "وردک",
     ["Maidan Shahr/میدان شهر", "Jalrez/جلریز", "Behsud/بهسود"]),
    ("kunar", (4, 0, 0, 0), ["Kunar", "Konar"], "کنر", ["Asadabad/اسدآباد", "Shigal/شیگل"]),
    ("laghman", (4, 1, 0, 0), ["Laghman", "Lagman"], "لغمان", ["Mehtarlam/مهترلام"]),
    ("parwan", (1, 6, 1, 0), ["Parwan", "Perwan"], "پروان", ["Charikar/چاریکار", "Bagram/بگرام"]),
    ("panjshir", (0, 4, 0, 0), ["Panjshir", "Panjsher", "Panjshayr"], "پنجشیر", ["Bazarak/بازارک"]),
    ("badakhshan", (0, 5, 0, 1), ["Badakhshan", "Badakshan"], "بدخشان", ["Faizabad/فیض‌آباد"]),
    ("takhar", (1, 4, 0, 3), ["Takhar", "Takhaar"], "تخار", ["Taloqan/تالقان"]),
    ("baghlan", (2, 4, 2, 1), ["Baghlan", "Baghlaan"], "بغلان", ["Pul-i-Khumri/پل خمری"]),
    ("faryab", (1, 1, 0, 6), ["Faryab", "Fariab"], "فاریاب", ["Maimana/میمنه", "Andkhoy/اندخوی"]),
    ("jawzjan", (1, 1, 0, 5), ["Jawzjan", "Jowzjan", "Jauzjan"], "جوزجان", ["Sheberghan/شبرغان"]),
    ("bamyan", (0, 1, 8, 0), ["Bamyan", "Bamiyan", "Bamian"], "بامیان", ["Yakawlang/یکاولنگ"]),
    ("daykundi", (0, 0, 6, 0), ["Daykundi", "Daikundi", "Daikondi"], "دایکندی", ["Nili/نیلی"]),
    ("uruzgan", (3, 0, 2, 0), ["Uruzgan", "Oruzgan", "Urozgan"], "ارزگان", ["Tarin Kot/ترینکوت"]),
    ("zabul", (3, 0, 0, 0), ["Zabul", "Zabol"], "زابل", ["Qalat/قلات"]),
    ("farah", (2, 1, 0, 0), ["Farah", "Farrah"], "فراه", ["Farah City/فراه"]),
    ("nimroz", (1, 1, 0, 0), ["Nimroz", "Nimruz"], "نیمروز", ["Zaranj/زرنج"]),
    ("badghis", (1, 2, 0, 1), ["Badghis", "Badghes"], "بادغیس", ["Qala-i-Naw/قلعه نو"]),
    ("ghor", (0, 2, 1, 0), ["Ghor", "Ghowr"], "غور", ["Chaghcharan/چغچران"]),
]  # fmt: skip
ETHS = ("pashtun", "tajik", "hazara", "uzbek")
PROV_CUM = {}
for _ei, _e in enumerate(ETHS):
    _t = 0.0
    _c = []
    for _p in PROVINCES:
        _t += _p[1][_ei]
        _c.append(_t)
    PROV_CUM[_e] = _c
PASHTO_PLACE = {"کندهار": "کندهار", "ننگرهار": "ننګرهار", "لوگر": "لوګر", "منگل": "منګل"}
RESIDENCE = {"PK": ["Peshawar", "Quetta", "Islamabad", "Karachi", "Nowshera", "Pishin"],
             "IR": ["Tehran", "Mashhad", "Isfahan", "Shiraz", "Qom", "Kerman"]}  # fmt: skip
RESIDENCE_FA = {"PK": ["پشاور", "کویته"], "IR": ["تهران", "مشهد", "اصفهان", "قم"]}


def pick_origin(rng: random.Random, eth: str) -> tuple[int, int]:
    c = PROV_CUM[eth]
    pi = bisect.bisect_left(c, rng.random() * c[-1])
    return pi, rng.randrange(len(PROVINCES[pi][4]))


# ---------------------------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------------------------


IR_PFX = ("12", "13", "15", "01", "02", "03", "05", "35", "36", "90", "91")


def new_phone(rng: random.Random, country: str) -> tuple[str, str]:
    """(country, national significant number without trunk prefix)."""
    if country == "AF":
        return "AF", f"7{rng.choice('0012345789')}{rng.randrange(10**7):07d}"
    if country == "PK":
        return (
            "PK",
            f"3{rng.choice('0000111222334455')}{rng.randrange(10)}{rng.randrange(10**7):07d}",
        )
    if country == "IR":
        return (
            "IR",
            f"9{rng.choice(IR_PFX)}{rng.randrange(10**7):07d}",
        )
    if country == "US":
        area = rng.choice(("915", "608", "571", "703", "916", "346", "832", "281", "510", "206"))
        return "US", f"{area}{rng.randrange(2, 10)}{rng.randrange(10**6):06d}"
    if country == "DE":
        return (
            "DE",
            f"1{rng.choice(('51', '52', '57', '60', '62', '70', '76'))}{rng.randrange(10**8):08d}",
        )  # noqa: E501
    if country == "QA":
        return "QA", f"{rng.choice('3567')}{rng.randrange(10**7):07d}"
    return "FR", f"{rng.choice('67')}{rng.randrange(10**8):08d}"


CC = {"AF": "93", "PK": "92", "IR": "98", "US": "1", "DE": "49", "QA": "974", "FR": "33"}
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def fmt_phone(ph: tuple[str, str], habit: int) -> str:
    c, n = ph
    cc = CC[c]
    h = habit % 5
    if c == "US":
        if h < 2:
            return f"+1{n}"
        if h < 4:
            return f"({n[:3]}) {n[3:6]}-{n[6:]}"
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    if c == "QA":
        return f"+974{n}" if h < 3 else f"+974 {n[:4]} {n[4:]}"
    if h == 0:
        return f"+{cc}{n}"
    if h == 1:
        return f"0{n}"
    if h == 2:
        if c == "PK":
            return f"0{n[:3]}-{n[3:]}"
        if c == "AF":
            return f"+93 {n[:2]} {n[2:5]} {n[5:]}"
        return f"0{n[:3]} {n[3:6]} {n[6:]}"
    if h == 3:
        return f"{cc}{n}"
    return f"00{cc}{n}"


# ---------------------------------------------------------------------------------------------
# Desks: who registers, where, when, and the habits their clerks are drawn from
# ---------------------------------------------------------------------------------------------

PH_LAT = ["-", "NIL", "N/A", "Unknown", "X", "NFN", "LNU", "--", "none"]
PH_FA = ["ندارد", "-", "نامعلوم", "ندارد"]


def W(**kw: float) -> tuple[list[str], list[float]]:
    ks = list(kw)
    cum = []
    t = 0.0
    for k in ks:
        t += kw[k]
        cum.append(t)
    return ks, cum


class Desk:
    def __init__(self, key: str, agency: str, sites: list[str], start: date, end: date,
                 styles: tuple, caps: float, dates: tuple, nofam: tuple, fath: float,
                 href: str, href_miss: float, phone: float, pcountry: tuple,
                 swap: float = 0.005, wife_of: float = 0.012, husb: float = 0.08,
                 sex_miss: float = 0.02, orig_miss: float = 0.05, resid: float = 0.0,
                 head_phone_only: float = 0.35, clerks: tuple = (2, 6),
                 tribe: float = 0.45):  # fmt: skip
        self.key, self.agency, self.sites = key, agency, sites
        self.start, self.end = start.toordinal(), end.toordinal()
        self.styles, self.caps, self.dates, self.nofam = styles, caps, dates, nofam
        self.fath, self.href, self.href_miss, self.phone = fath, href, href_miss, phone
        self.pcountry, self.swap, self.wife_of, self.husb = pcountry, swap, wife_of, husb
        self.sex_miss, self.orig_miss, self.resid = sex_miss, orig_miss, resid
        self.head_phone_only, self.nclerks, self.tribe = head_phone_only, clerks, tribe
        self.country = pcountry[0]
        self.clerks: list[Clerk] = []


def _d(y: int, m: int, dd: int) -> date:
    return date(y, m, dd)


PK_NOFAM = W(father=0.82, ph=0.1, empty=0.02, grandfather=0.03, repeat=0.03)
IR_NOFAM = W(father=0.7, ph=0.16, grandfather=0.06, empty=0.02, repeat=0.06)
US_NOFAM = W(fnu=0.3, father=0.44, repeat=0.1, ph=0.14, empty=0.02)
EU_NOFAM = W(father=0.55, repeat=0.16, ph=0.25, empty=0.04)
AF_NOFAM = W(father=0.74, ph=0.12, grandfather=0.04, empty=0.03, repeat=0.07)


def make_desks() -> dict[str, Desk]:
    dd: list[Desk] = [
        Desk("POR2007", "NADRA", ["PoR-Peshawar", "PoR-Quetta", "PoR-Islamabad", "PoR-Karachi",
             "PoR-Haripur", "PoR-Kohat"], _d(2006, 10, 15), _d(2007, 2, 15),
             W(pk=0.88, un=0.12), 0.8, W(p621=0.35, conv=0.15, jan1=0.4, year=0.1), PK_NOFAM,
             0.97, "POR-{:07d}", 0.1, 0.12, ("PK",), wife_of=0.02, husb=0.12, resid=0.05),
        Desk("ACC2017", "NADRA-IOM", ["ACC-Peshawar", "ACC-Quetta", "ACC-Karachi",
             "ACC-Rawalpindi"], _d(2017, 8, 16), _d(2018, 2, 15), W(pk=0.8, un=0.2), 0.7,
             W(p621=0.25, conv=0.25, jan1=0.4, year=0.1), PK_NOFAM, 0.97, "ACC-{:08d}", 0.15,
             0.5, ("PK",), husb=0.1, resid=0.05),
        Desk("DRIVE", "NADRA-UNHCR", ["DRIVE-Peshawar", "DRIVE-Quetta", "DRIVE-Islamabad",
             "DRIVE-Karachi", "DRIVE-Mianwali", "DRIVE-Nowshera"], _d(2021, 4, 15),
             _d(2022, 6, 30), W(pk=0.7, un=0.3), 0.6, W(conv=0.4, p621=0.2, jan1=0.3, year=0.1),
             PK_NOFAM, 0.97, "PK-FT-{:08d}", 0.06, 0.75, ("PK",), husb=0.1, resid=0.04),
        Desk("UNHCR-PK", "UNHCR", ["UNHCR-Islamabad", "UNHCR-Peshawar", "UNHCR-Quetta",
             "UNHCR-Karachi"], _d(2021, 9, 1), _d(2023, 6, 30),
             W(un=0.58, pk=0.31, fa=0.05, ps=0.06), 0.2,
             W(conv=0.35, p621=0.15, jan1=0.3, year=0.15, sh=0.05), PK_NOFAM, 0.95,
             "PAK-21C-{:06d}", 0.08, 0.7, ("PK", "AF"), resid=0.05),
        Desk("TORKHAM", "IOM", ["Torkham"], _d(2021, 8, 16), _d(2022, 12, 31),
             W(un=0.45, pk=0.3, fa=0.1, ps=0.15), 0.3, W(conv=0.3, jan1=0.3, year=0.3, sh=0.1),
             AF_NOFAM, 0.9, "IOM-TKM-{:06d}", 0.3, 0.45, ("AF",), orig_miss=0.08),
        Desk("CHAMAN", "UNHCR", ["Chaman"], _d(2021, 8, 16), _d(2022, 12, 31),
             W(pk=0.35, un=0.35, ps=0.3), 0.3, W(conv=0.3, jan1=0.3, year=0.3, sh=0.1), AF_NOFAM,
             0.9, "CMN-{:06d}", 0.3, 0.4, ("AF", "PK"), orig_miss=0.08),
        Desk("WFP-PK", "WFP", ["WFP-Peshawar", "WFP-Quetta", "WFP-Pishin"], _d(2022, 1, 10),
             _d(2023, 9, 30), W(un=0.7, pk=0.3), 0.3, W(jan1=0.5, year=0.3, conv=0.2),
             PK_NOFAM, 0.6, "SCOPE-{:09d}", 0.05, 0.9, ("PK",), wife_of=0.06, husb=0.2,
             orig_miss=0.25, resid=0.08, head_phone_only=0.9),
        Desk("NGO-PK", "NRC-IRC", ["NRC-Peshawar", "IRC-Quetta", "IRC-Islamabad"],
             _d(2022, 2, 1), _d(2023, 10, 31), W(un=0.55, pk=0.35, ps=0.1), 0.15,
             W(jan1=0.4, year=0.3, conv=0.3), PK_NOFAM, 0.8, "NGO-{:05d}", 0.4, 0.8, ("PK",),
             wife_of=0.04, husb=0.15, orig_miss=0.15, resid=0.08),
        Desk("TORKHAM-RET", "IOM", ["Torkham-ZeroPoint", "Omari-Camp"], _d(2023, 10, 1),
             _d(2023, 12, 31), W(un=0.4, fa=0.3, ps=0.3), 0.25, W(sh=0.5, conv=0.2, year=0.3),
             AF_NOFAM, 0.9, "IOM-RET-{:06d}", 0.2, 0.5, ("PK", "AF"), wife_of=0.05),
        Desk("AMAYESH", "BAFIA", ["BAFIA-Tehran", "BAFIA-Mashhad", "BAFIA-Isfahan",
             "BAFIA-Shiraz", "BAFIA-Qom", "BAFIA-Kerman"], _d(2021, 5, 1), _d(2022, 3, 15),
             W(fa=0.85, ar=0.1, ir=0.05), 0.0, W(sh=0.9, conv=0.1), IR_NOFAM, 0.98,
             "AMY-{:010d}", 0.05, 0.8, ("IR",), husb=0.05, resid=0.05),
        Desk("HEADCOUNT22", "BAFIA", ["HC-Tehran", "HC-Mashhad", "HC-Isfahan", "HC-Shiraz",
             "HC-Qom", "HC-Yazd"], _d(2022, 4, 10), _d(2022, 6, 30), W(fa=0.9, ar=0.1), 0.0,
             W(sh=0.85, year=0.15), IR_NOFAM, 0.95, "HC-{:08d}", 0.05, 0.85, ("IR",),
             resid=0.06),
        Desk("DOGHAROUN", "BAFIA", ["Dogharoun"], _d(2021, 8, 20), _d(2023, 12, 20),
             W(fa=0.8, ir=0.2), 0.1, W(sh=0.8, year=0.2), IR_NOFAM, 0.9, "DGH-{:06d}", 0.4,
             0.3, ("IR",), orig_miss=0.1),
        Desk("ISLAMQALA", "IOM", ["Islam Qala", "Islam Qala-Transit"], _d(2021, 9, 1),
             _d(2023, 12, 31), W(un=0.45, fa=0.45, ps=0.1), 0.25, W(sh=0.5, conv=0.2, year=0.3),
             AF_NOFAM, 0.9, "IOM-IQ-{:06d}", 0.2, 0.5, ("IR", "AF"), wife_of=0.03),
        Desk("UNHCR-IR", "UNHCR", ["UNHCR-Tehran", "UNHCR-Mashhad", "UNHCR-Kerman"],
             _d(2021, 10, 1), _d(2023, 9, 30), W(fa=0.5, un=0.3, ir=0.2), 0.1,
             W(sh=0.5, conv=0.3, year=0.2), IR_NOFAM, 0.95, "IRN-21C-{:06d}", 0.1, 0.75,
             ("IR",), resid=0.05),
        Desk("NGO-IR", "NRC-DRC", ["NRC-Tehran", "DRC-Mashhad", "NRC-Kerman"], _d(2022, 1, 5),
             _d(2023, 11, 30), W(fa=0.7, ir=0.2, un=0.1), 0.05, W(sh=0.6, year=0.3, conv=0.1),
             IR_NOFAM, 0.85, "NGI-{:05d}", 0.4, 0.8, ("IR",), wife_of=0.04, husb=0.08,
             orig_miss=0.15, resid=0.08),
        Desk("HKIA", "US-DoD", ["HKIA-Kabul"], _d(2021, 8, 15), _d(2021, 8, 30),
             W(us=0.8, un=0.2), 0.9, W(jan1=0.6, conv=0.3, year=0.1), US_NOFAM, 0.2,
             "MNF-{:05d}", 0.4, 0.4, ("AF",), swap=0.03, sex_miss=0.06, orig_miss=0.5),
        Desk("QATAR", "US-DoS", ["Al Udeid", "Camp As Sayliyah"], _d(2021, 8, 16),
             _d(2021, 9, 20), W(us=0.85, un=0.15), 0.7, W(jan1=0.6, conv=0.4), US_NOFAM, 0.15,
             "QA-{:06d}", 0.2, 0.5, ("AF", "QA"), swap=0.03, orig_miss=0.3),
        Desk("RAMSTEIN", "US-DoD", ["Ramstein"], _d(2021, 8, 20), _d(2021, 10, 20),
             W(us=0.7, de=0.3), 0.6, W(jan1=0.55, conv=0.45), US_NOFAM, 0.15, "RAB-{:06d}",
             0.25, 0.5, ("AF",), swap=0.03, orig_miss=0.35),
        Desk("BLISS", "DHS-OAW", ["Fort Bliss"], _d(2021, 9, 1), _d(2022, 2, 15), W(us=1.0),
             0.5, W(jan1=0.55, conv=0.45), US_NOFAM, 0.3, "OAW-{:07d}", 0.1, 0.6,
             ("US", "AF"), swap=0.02, orig_miss=0.2),
        Desk("MCCOY", "DHS-OAW", ["Fort McCoy"], _d(2021, 9, 1), _d(2022, 2, 15), W(us=1.0),
             0.5, W(jan1=0.55, conv=0.45), US_NOFAM, 0.3, "OAW-{:07d}", 0.1, 0.6,
             ("US", "AF"), swap=0.02, orig_miss=0.2),
        Desk("OAW-OTHER", "DHS-OAW", ["Fort Lee", "MCB Quantico", "Holloman AFB",
             "Camp Atterbury", "JB McGuire-Dix-Lakehurst", "Fort Pickett"], _d(2021, 8, 25),
             _d(2022, 2, 15), W(us=1.0), 0.5, W(jan1=0.55, conv=0.45), US_NOFAM, 0.3,
             "OAW-{:07d}", 0.1, 0.6, ("US", "AF"), swap=0.02, orig_miss=0.2),
        Desk("US-RESETTLE", "RA", ["IRC-Sacramento", "USCRI-Houston", "CWS-Fairfax",
             "HIAS-Silver Spring", "LIRS-Seattle", "IRC-Phoenix"], _d(2022, 1, 3),
             _d(2023, 12, 20), W(us=0.9, un=0.1), 0.2, W(jan1=0.4, conv=0.6), US_NOFAM, 0.35,
             "RA-{:06d}", 0.1, 0.9, ("US",), swap=0.02, husb=0.06, orig_miss=0.25),
        Desk("BAMF", "BAMF", ["Friedland", "Berlin", "Frankfurt", "Hannover", "Bochum"],
             _d(2021, 8, 20), _d(2023, 12, 15), W(de=0.7, un=0.3), 0.3,
             W(conv=0.6, jan1=0.35, year=0.05), EU_NOFAM, 0.35, "BAMF-{:07d}", 0.15, 0.8,
             ("DE", "AF"), swap=0.025, orig_miss=0.2),
        Desk("FRANCE", "OFPRA", ["Roissy", "Paris"], _d(2021, 8, 17), _d(2021, 10, 31),
             W(fr=0.8, un=0.2), 0.5, W(conv=0.5, jan1=0.5), EU_NOFAM, 0.4, "FR-{:06d}", 0.2,
             0.6, ("FR", "AF"), swap=0.03, orig_miss=0.25),
    ]  # fmt: skip
    return {d.key: d for d in dd}


# route: share, [(primary desk, weight)], [(secondary desk, probability, scope)]
ROUTES = [
    ("pk_old", 0.20, [("DRIVE", 1)],
     [("POR2007", 0.229, "all"), ("UNHCR-PK", 0.029, "all"), ("WFP-PK", 0.076, "head"),
      ("NGO-PK", 0.038, "adults"), ("TORKHAM-RET", 0.019, "all")]),
    ("pk_acc", 0.05, [("ACC2017", 1)],
     [("TORKHAM-RET", 0.076, "all"), ("NGO-PK", 0.038, "adults"), ("WFP-PK", 0.048, "head")]),
    ("pk_new", 0.24, [("UNHCR-PK", 0.6), ("TORKHAM", 0.25), ("CHAMAN", 0.15)],
     [("UNHCR-PK", 0.076, "all"), ("WFP-PK", 0.076, "head"), ("NGO-PK", 0.048, "adults"),
      ("TORKHAM-RET", 0.048, "all")]),
    ("ir_old", 0.11, [("AMAYESH", 1)],
     [("UNHCR-IR", 0.048, "all"), ("NGO-IR", 0.038, "adults"), ("ISLAMQALA", 0.019, "men")]),
    ("ir_new", 0.19, [("HEADCOUNT22", 0.55), ("ISLAMQALA", 0.25), ("DOGHAROUN", 0.2)],
     [("DOGHAROUN", 0.057, "men"), ("ISLAMQALA", 0.048, "men"), ("UNHCR-IR", 0.038, "all"),
      ("NGO-IR", 0.029, "adults"), ("HEADCOUNT22", 0.048, "all")]),
    ("evac_us", 0.12, [("BLISS", 0.4), ("MCCOY", 0.25), ("OAW-OTHER", 0.35)],
     [("HKIA", 0.086, "all"), ("QATAR", 0.076, "all"), ("RAMSTEIN", 0.038, "all"),
      ("US-RESETTLE", 0.076, "all")]),
    ("evac_de", 0.04, [("BAMF", 1)], [("HKIA", 0.114, "all"), ("UNHCR-PK", 0.076, "all")]),
    ("pk_to_us", 0.035, [("UNHCR-PK", 1)],
     [("US-RESETTLE", 0.7, "all"), ("NGO-PK", 0.038, "adults")]),
    ("evac_fr", 0.01, [("FRANCE", 1)], [("HKIA", 0.153, "all")]),
]  # fmt: skip


class Clerk:
    """One person at a desk, with fixed habits."""

    def __init__(self, desk: Desk, rng: random.Random, idx: int):
        self.name = f"{desk.key}#{idx}"
        style = _pick(desk.styles, rng)
        self.script = style in ("fa", "ps", "ar")
        self.pashto = style == "ps"
        self.arabic_kb = style == "ar" or (style == "fa" and rng.random() < 0.06)
        self.style = "un" if self.script else style
        self.tag = style
        self.caps = not self.script and rng.random() < desk.caps
        self.hb = rng.randrange(60)
        self.date = _pick(desk.dates, rng)
        self.nofam = _pick(desk.nofam, rng)
        self.typo = rng.choice((0.003, 0.006, 0.01, 0.015, 0.03))
        self.jitter = rng.choice((0.03, 0.08, 0.15))
        self.drop_pre = rng.choice((0.0, 0.0, 0.03, 0.08, 0.2))
        self.drop_suf = rng.choice((0.0, 0.1, 0.3, 0.6))
        r = rng.random()
        if self.script:
            self.pat_pre = ("ولد ", "بنت ", "زوجه ") if r < 0.25 else None
            self.abd_sep = "" if r < 0.7 else " "
            self.ullah_sep = rng.choice(("", "\u200c", "\u200c", " "))
        elif style == "pk":
            self.pat_pre = (("s/o ", "d/o ", "w/o ") if r < 0.2 else
                            ("S/O ", "D/O ", "W/O ") if r < 0.35 else None)  # fmt: skip
        elif style == "un":
            self.pat_pre = ("walad ", "bint ", "wife of ") if r < 0.05 else None
        else:
            self.pat_pre = None
        self.phone_fmt = rng.randrange(5)
        self.fa_digits = self.script and desk.country == "IR" and rng.random() < 0.25
        self.origin = _pick(W(prov=0.45, place=0.3, both=0.2, country=0.05), rng)
        self.full_given = 0.01 if not self.script else 0.004


class Person:
    __slots__ = ("idx", "hh", "sex", "given", "father", "gfather", "family", "takh", "dob",
                 "dkind", "husband", "role", "traps", "nrec", "pid", "own")  # fmt: skip

    def __init__(self, hh: Household, sex: str, given: tuple, father: tuple, gfather: tuple,
                 dob: int, role: str):  # fmt: skip
        self.hh = hh
        self.sex, self.given, self.father, self.gfather = sex, given, father, gfather
        self.family: str | None = hh.family
        self.takh: str | None = None
        self.dob, self.role = dob, role
        self.dkind = "year"
        self.husband: tuple | None = None
        self.traps: list[str] | None = None
        self.nrec = 0
        self.pid = ""
        self.own: dict[str, tuple[str, str]] | None = None
        self.idx = 0

    def trap(self, t: str) -> None:
        if self.traps is None:
            self.traps = [t]
        elif t not in self.traps:
            self.traps.append(t)


class Household:
    def __init__(self, hid: int, route: str, eth: str):
        self.hid, self.route, self.eth = hid, route, eth
        self.family: str | None = None
        self.fmode = "none"
        self.origin = (0, 0)
        self.members: list[Person] = []
        self.phones: dict[str, tuple[str, str] | None] = {}
        self.shared = False
        self.refs: dict[str, str] = {}


NOW = date(2021, 8, 15).toordinal()
ETH_BY_ROUTE = {
    "pk": W(pashtun=0.62, tajik=0.18, hazara=0.12, uzbek=0.08),
    "ir": W(hazara=0.45, tajik=0.33, pashtun=0.14, uzbek=0.08),
    "ev": W(tajik=0.4, pashtun=0.35, hazara=0.2, uzbek=0.05),
}
FIXED_FAM = {"pk_old": 0.25, "pk_acc": 0.3, "pk_new": 0.4, "ir_old": 0.5, "ir_new": 0.45,
             "evac_us": 0.75, "evac_de": 0.8, "pk_to_us": 0.6, "evac_fr": 0.8}  # fmt: skip


def _years_ago(rng: random.Random, lo: float, hi: float, ref: int = NOW) -> int:
    return ref - int(rng.uniform(lo, hi) * 365.25)


class World:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.names = Names(rng)
        self.desks = make_desks()
        for d in self.desks.values():
            d.clerks = [Clerk(d, rng, i + 1) for i in range(rng.randint(*d.nclerks))]
        self.route_cum = W(**{r[0]: r[1] for r in ROUTES})
        self.routes = {r[0]: r for r in ROUTES}
        self.elders = {c: [new_phone(rng, c) for _ in range(300)] for c in ("PK", "IR", "AF")}

    def kids(self, hh: Household, father: Person, mother: Person | None, n: int) -> list[Person]:
        rng = self.rng
        nm = self.names
        out: list[Person] = []
        base = mother.dob if mother is not None else father.dob + int(5 * 365.25)
        t = base + int(rng.uniform(17.5, 24) * 365.25)
        used: set = set()
        mo = father.given[0] == "muhammad"
        while len(out) < n and t < NOW - 160:
            twins = 2 if rng.random() < 0.02 else 1
            if rng.random() < 0.6:
                sexes = [rng.choice("MF")] * twins
            else:
                sexes = [rng.choice("MF") for _ in range(twins)]
            pair_hh = twins == 2 and sexes == ["M", "M"] and rng.random() < 0.45
            for k, sx in enumerate(sexes):
                if pair_hh:
                    g: tuple = ("hasan",) if k == 0 else ("husayn",)
                else:
                    for _ in range(6):
                        if sx == "M":
                            g = nm.male_name(rng, hh.eth, "muhammad" if mo and rng.random() < 0.4
                                             else None)  # fmt: skip
                        else:
                            g = nm.female_name(rng)
                        if g not in used:
                            break
                used.add(g)
                c = Person(hh, sx, g, father.given, father.father, t, "son" if sx == "M" else "dau")
                if twins == 2:
                    c.trap("twin")
                if sx == "M" and mo and g[0] == "muhammad":
                    c.trap("father_son_mohammad")
                    father.trap("father_son_mohammad")
                out.append(c)
            t += int(rng.uniform(1.2, 3.6) * 365.25)
        return out

    def couple(self, hh: Household, age: float, father: tuple, gfather: tuple, nkids: int,
               wife: bool = True) -> list[Person]:  # fmt: skip
        rng = self.rng
        nm = self.names
        head = Person(hh, "M", nm.male_name(rng, hh.eth), father, gfather,
                      _years_ago(rng, age, age + 1), "head")  # fmt: skip
        mem = [head]
        w = None
        if wife:
            w = Person(hh, "F", nm.female_name(rng), nm.male_name(rng, hh.eth),
                       nm.male_name(rng, hh.eth), head.dob + int(rng.uniform(1, 12) * 365.25),
                       "wife")  # fmt: skip
            if w.dob > _years_ago(rng, 16, 16.1):
                w.dob = _years_ago(rng, 16, 18)
            w.husband = head.given
            if hh.family is not None:
                r = rng.random()
                if r < 0.3:
                    w.family = nm.family(rng, hh.eth)
                elif r < 0.4:
                    w.family = None
            mem.append(w)
        mem += self.kids(hh, head, w, nkids)
        return mem

    def household(self, hid: int) -> Household:
        rng = self.rng
        nm = self.names
        route = _pick(self.route_cum, rng)
        eth = _pick(ETH_BY_ROUTE[route[:2] if route[:2] in ("pk", "ir") else "ev"], rng)
        hh = Household(hid, route, eth)
        r = rng.random()
        if r < FIXED_FAM[route]:
            hh.fmode = "fixed"
            hh.family = nm.family(rng, eth)
        elif eth == "pashtun" and r < FIXED_FAM[route] + 0.25:
            hh.fmode = "tribe"
            hh.family = _pick(nm.pashtun_fam, rng)
        hh.origin = pick_origin(rng, eth)
        evac = route.startswith("evac")
        nk = rng.choice((1, 2, 2, 3, 3, 4)) if evac else rng.choice((1, 2, 3, 3, 4, 4, 5, 6, 7))
        F, G = nm.male_name(rng, eth), nm.male_name(rng, eth)
        r = rng.random()
        if r < 0.09:
            mem = self.couple(hh, rng.uniform(16, 32), F, G, 0, wife=False)
            mem[0].role = "alone"
        elif r < 0.15:  # widow heading the household
            mem = self.couple(hh, rng.uniform(28, 55), F, G, nk)
            mem[1].role = "head"
            mem = mem[1:]
        elif r < 0.18:
            mem = self.couple(hh, rng.uniform(58, 75), F, G, 0)
        elif r < 0.27:  # two brothers' families
            a = rng.uniform(24, 50)
            mem = self.couple(hh, a, F, G, nk)
            mem2 = self.couple(hh, a + rng.uniform(-8, 8), F, G, rng.randint(1, 5))
            mem2[0].role = "brother"
            mem[0].trap("brothers_same_father")
            mem2[0].trap("brothers_same_father")
            if rng.random() < 0.35:  # eldest sons named after their grandfather
                s1 = next((p for p in mem if p.role == "son"), None)
                s2 = next((p for p in mem2 if p.role == "son"), None)
                if s1 is not None and s2 is not None:
                    s1.given = s2.given = F
                    s1.trap("cousins_same_name")
                    s2.trap("cousins_same_name")
            mem += mem2
        else:
            mem = self.couple(hh, rng.triangular(19, 62, 30), F, G, nk)
            if r < 0.40:
                if rng.random() < 0.4:
                    born = mem[0].dob - int(rng.uniform(19, 35) * 365.25)
                    eld = Person(hh, "M", F, G, nm.male_name(rng, eth), born, "elder")
                else:
                    born = mem[0].dob - int(rng.uniform(17, 30) * 365.25)
                    fa, gf = nm.male_name(rng, eth), nm.male_name(rng, eth)
                    eld = Person(hh, "F", nm.female_name(rng), fa, gf, born, "elder")
                    eld.husband = F
                mem.insert(1, eld)
        adult_cut = _years_ago(rng, 18, 18.01)
        for p in mem:
            child = p.dob > _years_ago(rng, 12, 12.01)
            x = rng.random()
            if child:
                p.dkind = "exact" if x < 0.55 else "year" if x < 0.85 else "age"
            elif evac:
                p.dkind = "exact" if x < 0.45 else "year" if x < 0.8 else "age"
            else:
                p.dkind = "exact" if x < 0.15 else "year" if x < 0.55 else "age"
            if (p.sex == "M" and p.dob < adult_cut and p.dob > _years_ago(rng, 38, 38.1)
                    and rng.random() < (0.1 if evac else 0.025)):  # fmt: skip
                p.takh = rng.choice(TAKH_K)
            if hh.fmode == "tribe" and p.role in ("head", "brother", "alone"):
                p.trap("tribe_or_father")
        hh.members = mem
        hh.shared = rng.random() < 0.02
        return hh


# ---------------------------------------------------------------------------------------------
# Writing things down
# ---------------------------------------------------------------------------------------------

NEIGH = {"a": "sqe", "e": "wri", "i": "uoe", "o": "ipu", "u": "yio", "s": "adz", "h": "gjb",
         "r": "etf", "n": "bm", "m": "n", "d": "sf", "l": "k", "k": "jl", "z": "sx", "b": "vn",
         "q": "wa", "g": "fh", "j": "hk", "t": "ry", "f": "dg", "y": "tu", "w": "qe"}  # fmt: skip
DOTS = {"ب": "پت", "پ": "ب", "ت": "ثب", "ث": "ت", "ج": "چخ", "چ": "ج", "ح": "خج", "خ": "ح",
        "د": "ذ", "ذ": "د", "ر": "زړ", "ز": "رژ", "ژ": "ز", "س": "ش", "ش": "س", "ص": "ض",
        "ض": "ص", "ط": "ظ", "ظ": "ط", "ع": "غ", "غ": "ع", "ف": "ق", "ق": "ف", "ک": "گ",
        "گ": "ک", "ی": "ي", "ه": "ة"}  # fmt: skip
AR_KB = str.maketrans({"ی": "ي", "ک": "ك"})
PS_KB = str.maketrans({"گ": "ګ"})
KIND_S = {"abd": ABD_S, "ullah": ULLAH_S, "uddin": UDDIN_S, "ulhaq": ULHAQ_S, "urr": URR_S}
KIND_L = {"ullah": ULLAH_LAT, "uddin": UDDIN_LAT, "ulhaq": ULHAQ_LAT, "urr": URR_LAT}
KIND_FA = {"ullah": "الله", "uddin": "الدین", "ulhaq": "الحق", "urr": "الرحمن"}


def typo(s: str, rng: random.Random, script: bool) -> str:
    if len(s) < 4:
        return s
    i = rng.randrange(1, len(s) - 1)
    k = rng.random()
    c = s[i]
    if c == " ":
        return s[:i] + s[i + 1 :] if k < 0.5 else s
    if k < 0.35:
        return s[:i] + s[i + 1 :]
    if k < 0.5:
        return s[:i] + c + s[i:]
    if k < 0.7:
        return s[:i] + s[i + 1] + c + s[i + 2 :] if s[i + 1] != " " else s
    alt = DOTS.get(c, "") if script else NEIGH.get(c.lower(), "")
    if not alt:
        return s[:i] + s[i + 1 :]
    a = rng.choice(alt)
    return s[:i] + (a.upper() if c.isupper() else a) + s[i + 1 :]


def lat_part(p: str | tuple, ck: Clerk, rng: random.Random) -> str:
    hb = ck.hb if rng.random() >= ck.jitter else rng.randrange(60)
    st = ck.style
    if isinstance(p, str):
        return latin(p, st, hb)
    kind, x = p
    xl = latin(x, st, hb)
    if kind == "abd":
        if st == "pk" and hb % 2 == 0 and x.startswith(SUN):
            return "Abdu" + xl[0].lower() + " " + xl
        pres = ABD_PREFIX[st]
        pre = pres[hb % len(pres)]
        return pre + (xl if pre[-1] in " -" else xl.lower())
    tbl = KIND_L[kind][st]
    sf = tbl[(hb // 3) % len(tbl)]
    if xl.endswith(("h", "a")) and sf.startswith("ullah") and hb % 5 == 0:
        xl = xl[:-1]  # Zabiullah, Sanullah
    return xl + sf


def fa_part(p: str | tuple, ck: Clerk) -> str:
    if isinstance(p, str):
        return script_of(p, ck.pashto)
    kind, x = p
    xs = KIND_S[kind][x][0]
    if kind == "abd":
        return "عبد" + ck.abd_sep + "ال" + xs
    return xs + ck.ullah_sep + KIND_FA[kind]


def render_name(name: tuple, ck: Clerk, rng: random.Random, tags: list[str] | None) -> str:
    parts = name
    if len(parts) > 1 and parts[0] in DROP_PREFIX and rng.random() < ck.drop_pre:
        parts = parts[1:]
        if tags is not None:
            tags.append("drop_prefix")
    if len(parts) > 1 and parts[-1] in DROP_SUFFIX and rng.random() < ck.drop_suf:
        parts = parts[:-1]
        if tags is not None:
            tags.append("drop_suffix")
    if ck.script:
        s = " ".join(fa_part(p, ck) for p in parts)
        if ck.pashto:
            s = s.translate(PS_KB)
        elif ck.arabic_kb:
            s = s.translate(AR_KB)
    else:
        s = " ".join(lat_part(p, ck, rng) for p in parts)
        if ck.caps:
            s = s.upper()
    if rng.random() < ck.typo:
        s = typo(s, rng, ck.script)
        if tags is not None:
            tags.append("typo")
    return s


def placeholder(ck: Clerk, rng: random.Random) -> str:
    if ck.script:
        return PH_FA[ck.hb % len(PH_FA)]
    v = PH_LAT[ck.hb % len(PH_LAT)] if rng.random() > ck.jitter else rng.choice(PH_LAT)
    return v.upper() if ck.caps else v


def render_dob(p: Person, vis: int, ck: Clerk, rng: random.Random, tags: list[str]) -> str:
    if rng.random() < 0.012:
        tags.append("dob_missing")
        return ""
    h = ck.date
    if p.dkind == "exact":
        y, m, d = to_sh(p.dob)
        if h == "sh":
            if rng.random() < 0.1:
                tags.append("dob_sh_year")
                return str(y)
            tags.append("dob_sh_as_gregorian")
            if d <= 12 and d != m and rng.random() < 0.01:
                tags.append("dob_dm_swap")
                return ymd(y, d, m)
            return ymd(y, m, d)
        if h == "p621" and rng.random() < 0.6:
            tags.append("dob_plus621")
            return ymd(y + 621, m, d) if rng.random() < 0.6 else str(y + 621)
        g = date.fromordinal(p.dob)
        if g.day <= 12 and g.day != g.month and rng.random() < 0.006:
            tags.append("dob_dm_swap")
            return ymd(g.year, g.day, g.month)
        tags.append("dob_exact")
        return g.isoformat()
    sh = h == "sh"
    if p.dkind == "year":
        ys = to_sh(p.dob)[0]
        gy = ys + 621
        tags.append("dob_year_known")
    else:
        age = (vis - p.dob) / 365.25
        if age >= 15:
            stated = int(age) + rng.choice((-3, -2, -1, 0, 0, 0, 1, 2, 3))
            if rng.random() < 0.55:
                stated = int(round(stated / 5.0)) * 5
        else:
            stated = int(age) + rng.choice((0, 0, 0, 1, -1))
        stated = max(0, stated)
        ys = to_sh(vis)[0] - stated
        gy = date.fromordinal(vis).year - stated
        tags.append("dob_from_age")
    if sh:
        tags.append("dob_sh_year")
        return str(ys) if rng.random() < 0.7 else f"{ys}-01-01"
    if h == "jan1" or (h in ("conv", "p621") and rng.random() < 0.35):
        tags.append("dob_jan1")
        return f"{gy}-01-01"
    if h in ("conv", "p621") and rng.random() < 0.2:
        tags.append("dob_jul1")
        return f"{gy}-07-01"
    return str(gy)


def render_origin(p: Person, d: Desk, ck: Clerk, rng: random.Random, tags: list[str]) -> str:
    r = rng.random()
    if r < d.orig_miss:
        tags.append("origin_missing")
        return ""
    if r < d.orig_miss + d.resid and d.country in RESIDENCE:
        tags.append("origin_residence")
        if ck.script:
            return rng.choice(RESIDENCE_FA[d.country])
        v = rng.choice(RESIDENCE[d.country])
        return v.upper() if ck.caps else v
    pi, di = p.hh.origin
    _, _, lat, fa, places = PROVINCES[pi]
    pl, pf = places[di].split("/")
    h = ck.origin
    if ck.script:
        if h == "country":
            return "افغانستان"
        s = fa if h == "prov" else pf if h == "place" else f"{pf}، {fa}"
        return s.translate(PS_KB) if ck.pashto else s.translate(AR_KB) if ck.arabic_kb else s
    if h == "country":
        s = "Afghanistan"
    else:
        hb = ck.hb if rng.random() > ck.jitter else rng.randrange(60)
        pv = lat[hb % len(lat)]
        s = pv if h == "prov" else pl if h == "place" else f"{pl}, {lat[hb % 2]}"
        if ck.style == "de":
            s = s.replace("sh", "sch") if hb % 2 else s
    if rng.random() < ck.typo:
        s = typo(s, rng, False)
    tags.append("origin_" + h)
    return s.upper() if ck.caps else s


# ---------------------------------------------------------------------------------------------
# Registration
# ---------------------------------------------------------------------------------------------

FALLBACK = {
    "pk_old": "UNHCR-PK",
    "pk_acc": "UNHCR-PK",
    "ir_old": "UNHCR-IR",
    "evac_us": "US-RESETTLE",
}
ADULT_DAYS = int(18 * 365.25)


class Visit:
    __slots__ = ("desk", "clerk", "day", "minute", "site", "ref", "tribe", "country", "phone")

    def __init__(self, desk: Desk, day: int, rng: random.Random, hh: Household):
        self.desk, self.day = desk, day
        self.clerk = rng.choice(desk.clerks)
        self.minute = rng.randrange(8 * 60, 16 * 60 + 30)
        self.site = rng.choice(desk.sites)
        if rng.random() < desk.href_miss:
            self.ref = ""
        else:
            ref = hh.refs.get(desk.agency)
            if ref is None or rng.random() < 0.05:
                ref = desk.href.format(rng.randrange(10 ** (desk.href.count("0") + 5)))
                hh.refs[desk.agency] = ref
            self.ref = ref
        self.tribe = rng.random() < desk.tribe
        pc = desk.pcountry
        self.country = pc[1] if len(pc) > 1 and rng.random() < 0.3 else pc[0]
        self.phone: tuple[str, str] | None = None
        if rng.random() < desk.phone:
            c = self.country
            if hh.shared and c in ("PK", "IR", "AF"):
                self.phone = rng.choice(WORLD_ELDERS[c])
            else:
                ph = hh.phones.get(c)
                if ph is None or rng.random() < 0.06:
                    ph = new_phone(rng, c)
                    hh.phones[c] = ph
                self.phone = ph


WORLD_ELDERS: dict[str, list[tuple[str, str]]] = {}


class Registry:
    def __init__(self, world: World, explain: bool):
        self.w = world
        self.rng = world.rng
        self.explain = explain
        self.records: list[tuple] = []
        self.rec_obj: list[Person] = []
        self.why: list[tuple] = []
        self.persons: list[Person] = []
        self.last_day = 0
        self.last_who: list[Person] = []

    def record(self, p: Person, v: Visit, k: int, ck: Clerk | None = None) -> None:
        rng = self.rng
        d = v.desk
        ck = ck or v.clerk
        tags: list[str] = [ck.tag + ("_caps" if ck.caps else "")]
        given = render_name(p.given, ck, rng, tags)
        fam = p.family
        fam_s = None
        hh = p.hh
        if hh.fmode == "tribe" and fam == hh.family and not v.tribe:
            fam = None
        if p.takh is not None and not ck.script and rng.random() < 0.5:
            fam = p.takh
            tags.append("fam_takhallus")
        if p.husband is not None and rng.random() < d.husb:
            if hh.family is not None and p.family != hh.family and v.tribe:
                fam_s = render_name((hh.family,), ck, rng, None)
            else:
                fam_s = render_name(p.husband, ck, rng, None)
            tags.append("fam_husband")
            p.trap("under_husband_name")
        if fam_s is None:
            if fam is not None:
                fam_s = render_name((fam,), ck, rng, tags)
                tags.append("fam_tribe" if hh.fmode == "tribe" else "fam_family")
            else:
                h = ck.nofam
                tags.append("fam_" + h)
                if h == "father":
                    fam_s = render_name(p.father, ck, rng, None)
                elif h == "grandfather":
                    fam_s = render_name(p.gfather, ck, rng, None)
                elif h == "empty":
                    fam_s = "" if rng.random() < 0.5 else placeholder(ck, rng)
                elif h == "ph":
                    fam_s = placeholder(ck, rng)
                elif h == "fnu":
                    fam_s = given
                    given = "FNU" if ck.caps or rng.random() < 0.7 else "Fnu"
                else:
                    fam_s = given
        pat = ""
        if rng.random() < d.fath:
            pat = render_name(p.father, ck, rng, None)
            if ck.pat_pre is not None:
                pat = ck.pat_pre[0 if p.sex == "M" else 1] + pat
        else:
            tags.append("patronymic_missing")
        if p.husband is not None and rng.random() < d.wife_of:
            hs = render_name(p.husband, ck, rng, None)
            if ck.script:
                given = rng.choice(("زوجه ", "همسر ", "خانم ")) + hs
            elif ck.style == "pk":
                given = ("W/O " if ck.caps or rng.random() < 0.5 else "w/o ") + hs
            else:
                given = ("WIFE OF " if ck.caps else "Wife of ") + hs
            if rng.random() < 0.6:
                pat = ""
            tags.append("wife_of")
            p.trap("wife_of")
        elif rng.random() < ck.full_given and pat and given != "FNU":
            given = given + " " + render_name(p.father, ck, rng, None)
            tags.append("father_in_given")
        if fam_s and rng.random() < d.swap:
            given, fam_s = fam_s, given
            tags.append("given_family_swapped")
        sex = "" if rng.random() < d.sex_miss else p.sex
        dob = render_dob(p, v.day, ck, rng, tags)
        origin = render_origin(p, d, ck, rng, tags)
        phone = ""
        if v.phone is not None:
            adult = v.day - p.dob >= ADULT_DAYS
            if p.role == "head" or (p.role == "alone"):
                ph: tuple[str, str] | None = v.phone
            elif adult and rng.random() < 0.3:
                if p.own is None:
                    p.own = {}
                ph = p.own.get(v.country)
                if ph is None:
                    ph = new_phone(rng, v.country)
                    p.own[v.country] = ph
            elif rng.random() < d.head_phone_only:
                ph = None
            else:
                ph = v.phone
            if ph is not None:
                phone = fmt_phone(ph, ck.phone_fmt)
                if ck.fa_digits:
                    phone = phone.translate(FA_DIGITS)
                    tags.append("phone_persian_digits")
        if not phone:
            tags.append("phone_missing")
        mi = v.minute + 2 * k
        reg = f"{iso(v.day)}T{mi // 60:02d}:{mi % 60:02d}"
        self.records.append(
            (given, fam_s, pat, sex, dob, origin, phone, v.ref, reg, v.site)
        )  # fmt: skip
        self.rec_obj.append(p)
        if self.explain:
            self.why.append((f"H{hh.hid:06d}", ck.name, ";".join(tags)))
        p.nrec += 1

    def visit(self, hh: Household, desk: Desk, scope: str, members: list[Person],
              after: int = 0, before: int = 10**7) -> int:  # fmt: skip
        rng = self.rng
        hi = min(desk.end, before)
        lo = max(desk.start, after)
        if lo > hi:
            return 0
        lo2 = max(lo, max(p.dob for p in members) + 30)
        day = rng.randint(lo2, hi) if lo2 <= hi else rng.randint(lo, hi)
        self.last_day = day
        who = [p for p in members if p.dob < day - 20]
        if scope == "head":
            who = [p for p in who if p.role in ("head", "alone")][:1]
        elif scope == "adults":
            who = [p for p in who if day - p.dob >= ADULT_DAYS]
            if len(who) > 1 and rng.random() < 0.6:
                who = rng.sample(who, rng.randint(1, len(who)))
        elif scope == "men":
            who = [p for p in who if p.sex == "M" and day - p.dob >= int(16 * 365.25)]
            if len(who) > 1 and rng.random() < 0.7:
                who = [rng.choice(who)]
        self.last_who = who
        if not who:
            return 0
        v = Visit(desk, day, rng, hh)
        for k, p in enumerate(who):
            self.record(p, v, k)
            if rng.random() < 0.004:  # entered twice the same day
                self.record(p, v, k + 1, rng.choice(desk.clerks))
        return len(who)

    def register_household(self, hh: Household, limit: int) -> int:
        rng = self.rng
        w = self.w
        mem = hh.members[:limit]
        for p in mem:
            p.idx = len(self.persons)
            self.persons.append(p)
        _, _, prim, sec = w.routes[hh.route]
        pk = prim[0][0]
        if len(prim) > 1:
            pk = _pick(W(**dict(prim)), rng)
        desks = w.desks
        self.visit(hh, desks[pk], "all", mem)
        first = self.last_day
        for dk, pr, scope in sec:
            if dk == pk or rng.random() >= pr:
                continue
            after, before = 0, 10**7
            if dk == "US-RESETTLE" and hh.route == "pk_to_us":
                after = first + 60  # resettled from Pakistan, after the Pakistani record
            elif dk == "UNHCR-PK" and hh.route == "evac_de":
                before = first - 30  # the admission programme took them out of Pakistan
            if self.visit(hh, desks[dk], scope, mem, after, before):
                if dk == "US-RESETTLE" and hh.route == "pk_to_us":
                    for p in mem:
                        p.trap("pk_then_us")
                elif scope == "men" or dk == "TORKHAM-RET":
                    for p in self.last_who:
                        p.trap("deported_back")
        left = [p for p in mem if p.nrec == 0]
        if left:
            self.visit(hh, desks[FALLBACK.get(hh.route, pk)], "all", left)
            for p in left:
                if p.nrec == 0:  # born after every window: the last desk takes them
                    v = Visit(desks[pk], desks[pk].end, rng, hh)
                    self.record(p, v, 0)
        return len(mem)


# ---------------------------------------------------------------------------------------------
# Traps found after the fact, and output
# ---------------------------------------------------------------------------------------------


def mark_namesakes(persons: list[Person]) -> None:
    by_father: dict[tuple, int] = {}
    by_year: dict[tuple, int] = {}
    keys = []
    for p in persons:
        y = date.fromordinal(p.dob).year
        k1 = (p.given, p.father)
        k2 = (p.given, p.family, y)
        by_father[k1] = by_father.get(k1, 0) + 1
        by_year[k2] = by_year.get(k2, 0) + 1
        keys.append((k1, k2))
    for p, (k1, k2) in zip(persons, keys, strict=True):
        if by_father[k1] > 1:
            p.trap("namesake_same_father")
        if by_year[k2] > 1:
            p.trap("namesake_same_year")


def generate(n_people: int, seed: int, out: str, explain: bool) -> str:
    t0 = time.perf_counter()
    rng = random.Random(seed)
    world = World(rng)
    WORLD_ELDERS.clear()
    WORLD_ELDERS.update(world.elders)
    reg = Registry(world, explain)
    count = 0
    hcount = 0
    while count < n_people:
        hcount += 1
        hh = world.household(hcount)
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
        f"tenth_hands: people={len(reg.persons)} records={n} "
        f"registered_2plus={multi / max(1, len(reg.persons)):.1%} seconds={secs:.1f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--out", required=True)
    ap.add_argument("--explain", action="store_true", help="also write why.csv")
    a = ap.parse_args()
    print(generate(a.people, a.seed, a.out, a.explain))


if __name__ == "__main__":
    main()
