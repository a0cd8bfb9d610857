"""Thirteenth hands: Somali refugees registered in Kenya and Ethiopia, 2008-2024.

This generator was written without looking at the engine: its source, its documentation and its
tests were not read, nor any other generator in this folder. It knows only the interchange format
(the CSV columns a registration desk hands over) and what its author knows of the real world.
Standard library only, deterministic per seed (one random.Random, no hash-order dependence):

    python bench/thirteenth_hands.py --people N --seed S --out DIR [--explain]

writes DIR/records.csv (the interchange columns, record ids in shuffled order), DIR/truth.csv
(record_id,person_id) and, with --explain, DIR/why.csv (record_id,person_id,household_id,desk,
clerk,tags,traps), and prints one summary line.

THE WORLD
    Somalis who fled famine, drought and war. An older caseload already in the camps by 2008-2010;
    the 2011 famine (Bay, Bakool, Gedo, the Jubas and Lower Shabelle emptied towards Dadaab in
    Kenya - Ifo, Dagahaley, Hagadera and the new Ifo 2 and Kambioos - and towards Dollo Ado in
    Ethiopia - Bokolmanyo, Melkadida, Kobe, Hilaweyn, Buramino, through the Dolo Ado transit
    centre); the 2017 drought (mostly to Dollo Ado, Kenya had stopped registering); the 2022
    drought (Kenya registering new arrivals again at Ifo 2, Hagadera, Dagahaley); and urban
    registrants in Nairobi (Eastleigh) and Addis Ababa. 24 desks of about a dozen agencies:
    UNHCR/DRA camp registration, the 2016 Dadaab verification, the 2017-18 Ethiopian level-3
    registration, ARRA camp desks and the Dolo Ado transit centre, WFP food distribution lists,
    cash programmes (Bamba Chakula, DRC), health posts, Save the Children's unaccompanied-minor
    desk, IOM transit and relocation lists, urban desks. Each desk has its own household
    reference format (HAG-11C04521, DRA/DAD/014086/16, RC0019723, DAT/11/15699, KOB015833 ...)
    and 3-8 clerks. About a fifth of the people are registered twice or more: transit centre then
    camp, the verification exercises, a food or cash list, a health post, moving camp when
    Kambioos closed, onward to Nairobi or Addis, IOM, crossing the border, and on purpose - a
    second card at the same desk, or going home under the repatriation programme and coming
    back as a "new arrival" in 2017 or 2022.

PEOPLE
    Somalis have no family name: a person is a given name followed by the father's and the
    grandfather's given names (and further back). Men are generated as nodes of patrilineal
    trees, so brothers share father and grandfather, a son's chain is his father's shifted by
    one, cousins share a grandfather, half-siblings of a polygamous father share his whole chain.
    Women keep their father's chain. Names come from weighted tables (far more Maxamed than
    anything else, older generations with older names) in the official Somali Latin orthography
    with their English, Kenyan/Ethiopian-clerk and Italian-era spellings, Arabic and Ethiopic
    script. Some people have a naanays (Gaab, Dheere, Yare, Madoobe, Cadde, Qorow ...), old men a
    title (Xaaji, Sheekh), and the clan (Leysan, Hadame, Eelay, Mareexaan, Garre, Gosha, Maxamed
    Subeer ...) decides where they come from. Households: nuclear, women-headed (husband dead or
    left behind), polygamous (co-wives often on separate ration cards), extended (the head's
    mother, brothers, a dead brother's orphans), single young men, unaccompanied minors, elderly
    people with grandchildren; children born in the camps appear only at later desks. Most
    adults do not know their birth date: they know a year (often wrong) or only an age, which
    heaps on multiples of five; children under five often have a health card with a full date.
    Phones are Kenyan (+254 7..), Ethiopian (+251 9..) or Somali (+252 61/62/63/65/68/90), a
    household's rather than a person's, changed after a few years, sometimes a relative's or a
    block leader's phone shared by many families.

CLERKS AND HABITS
    Every clerk draws fixed habits from the culture of the desk: which spelling system (Somali,
    English, Kenyan/Ethiopian, Italian copied from an old man's document, Arabic or Ethiopic
    script) and which spelling of each name they settled on; which part of the chain goes in
    which field (given / father as patronymic / grandfather as family; father as family; given
    plus father in the given-name field; the whole chain in the given-name field with the last
    name repeated as family; the typed chain split on spaces into fields) and how many parts
    (2, 3 or 4); capitals; typos; Abdi-compounds joined, split or hyphenated (Abdirahman, Abdi
    Rahman, Abdi-Rahman, Cabdi Raxmaan, عبد الرحمن); the particles bin / binti / ina; the clan
    asked for and typed as the family name; a naanays used instead of or after the given name,
    or as the family name; an old man's title typed before his name; a wife given her husband's
    name as surname; now and then a spelling other than the clerk's usual one; birth
    dates as 1 January, 1 July or the bare year of an estimated age, the Ethiopian calendar at
    some ARRA desks, day and month swapped, mistyped years; phone formats; district, region or no
    origin; blank sex; household references mangled. Members of a household are registered by
    one clerk a few minutes apart.

TRAPS
    Recorded in why.csv per person: namesake (same given and father name, same sex, born within
    two years of each other), full_namesake (three names alike, born within ten years), twin,
    father_son_grandname (a son named after his grandfather, with his father also registered),
    cousins (same grandfather, different fathers), half_sibling (and half_sibling_namesake),
    chain_shift (a person who sometimes leaves the father out and gives the grandfather in his
    place), clan_for_grandfather, birth_year_drift (recorded birth years two or more apart),
    shared_phone (a number given by several families), same_desk_twice, recycler (went home and
    came back as a new arrival) and alias (a registration under another given name).
"""

from __future__ import annotations

import argparse
import bisect
import csv
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from random import Random
from typing import Generic, TypeVar

T = TypeVar("T")
# given, family, patronymic, sex, birth, origin, phone, household ref, registered at, site,
# person index, desk, clerk, tags, phone number as stored, recorded birth year
Row = tuple[str, str, str, str, str, str, str, str, str, str, int, str, str, str, str, int]

HEADER = (
    "record_id,given_name,family_name,patronymic,sex,birth_date,origin,phone,household_ref,"
    "registered_at,site"
).split(",")

# --------------------------------------------------------------------------- name tables
# so | English spellings | Kenyan/Ethiopian clerk spellings | Italian era | Arabic | Ethiopic |
# weight for people born 1975 or later | weight for people born before 1975
MALE_NAMES = """
Maxamed|Mohamed;Mohammed;Mohamad;Muhammad|Mohamed;Mohammed;Muhamed;Mohammad|Mohamed;Mohammed|محمد|መሐመድ|110|70
Cabdi|Abdi;Abdy|Abdi;Abdii|Abdi|عبدي|አብዲ|40|30
Xasan|Hassan;Hasan|Hassan;Hasan;Hassen|Hassan|حسن|ሀሰን|35|30
Cali|Ali;Aly|Ali;Alli|Ali|علي|አሊ|40|35
Axmed|Ahmed;Ahmad|Ahmed;Ahmad;Ahamed|Ahmed|أحمد|አህመድ|45|35
Cumar|Omar;Umar|Omar;Omer;Umar|Omar|عمر|ዑመር|25|25
Ibraahim|Ibrahim;Ibraahim|Ibrahim;Ebrahim;Ibrahiim|Ibrahim|إبراهيم|ኢብራሂም|22|20
Ismaaciil|Ismail;Ismael|Ismail;Ismael;Ismahil|Ismail|إسماعيل|ኢስማኢል|15|18
Cismaan|Osman;Othman;Usman|Osman;Osmaan;Usman|Osman|عثمان|ዑስማን|18|22
Nuur|Noor;Nur|Nur;Noor;Nuur|Nur|نور|ኑር|15|20
Yuusuf|Yusuf;Yussuf;Yousuf|Yusuf;Yussuf;Yusuph|Iusuf;Yusuf|يوسف|ዩሱፍ|20|22
Shariif|Sharif;Shareef|Sharif;Shariff|Scerif;Sharif|شريف|ሸሪፍ|6|8
Warsame|Warsame;Warsama|Warsame;Warsama|Uarsame;Warsame||ዋርሳሜ|5|15
Guuleed|Guled;Gulled|Guled;Gulled;Guleid|Gulled||ጉሌድ|8|12
Maxamuud|Mohamud;Mahmoud;Mahamud|Mohamud;Mohamoud;Mahamud|Mohamud;Mahamud|محمود|መሐሙድ|25|25
Cabdullaahi|Abdullahi;Abdulahi;Abdallah|Abdullahi;Abdulahi;Abdillahi|Abdullahi;Abdulla|عبدالله|አብዱላሂ|35|25
Cabdiraxmaan|Abdirahman;Abdurahman;Abdulrahman|Abdirahman;Abdurahman;Abdirahaman|Abdurahman;Abdirahman|عبدالرحمن|አብዱራህማን|25|15
Cabdiqaadir|Abdikadir;Abdulkadir;Abdiqadir;Abdulqadir|Abdikadir;Abdulkadir;Abdikadiir|Abdulcadir;Abdulkadir|عبدالقادر|አብዱልቃድር|18|15
Xuseen|Hussein;Hussain;Husein|Hussein;Hussien;Husein|Hussen;Hussein|حسين|ሁሴን|25|25
Aadan|Aden;Adan;Adam|Aden;Adan;Adam|Aden|آدم|አደን|20|25
Faarax|Farah;Farrah|Farah;Fara|Farah|فارح|ፋራህ|18|25
Jaamac|Jama;Jamac|Jama;Jamaa|Giama;Giamac|جامع|ጃማ|10|22
Muuse|Musa;Muse;Moussa|Musa;Muse|Musse;Muse|موسى|ሙሳ|12|15
Mustafe|Mustafa;Mustaf|Mustafa;Mustafe|Mustafa|مصطفى|ሙስጠፋ|8|6
Siciid|Said;Saeed;Sayid|Said;Saeed;Siad|Said;Siad|سعيد|ሰዒድ|15|18
Khaliif|Khalif;Kalif|Khalif;Halif;Kalif|Calif;Kalif|خليف|ኸሊፍ|8|10
Xirsi|Hirsi;Hersi|Hirsi;Hersi|Hersi;Ersi|حرسي|ሂርሲ|6|12
Cilmi|Elmi;Ilmi|Elmi;Ilmi|Elmi|علمي|ኤልሚ|6|12
Geedi|Gedi;Geedi|Gedi;Geddi|Ghedi||ጌዲ|4|10
Shire|Shire;Shirre|Shire|Scire||ሺሬ|4|10
Jimcaale|Jimale;Jimcale|Jimale;Jimaale|Giumale||ጂማሌ|3|8
Aweys|Aweys;Awes;Uweys|Aweys;Awes|Aueis|أويس|አዌይስ|8|6
Bashiir|Bashir;Bashiir|Bashir;Beshir|Bascir|بشير|በሽር|8|6
Yaasiin|Yasin;Yassin|Yasin;Yassin|Iasin|ياسين|ያሲን|10|6
Cabdiwali|Abdiwali;Abdulwali|Abdiwali;Abdiwale|Abduali|عبدالولي|አብዲዋሊ|10|6
Cabdisalaan|Abdisalan;Abdisalam;Abdusalam|Abdisalan;Abdisalaam|Abdisalam|عبدالسلام|አብዲሰላም|8|6
Cabdinaasir|Abdinasir;Abdinassir;Abdulnasir|Abdinasir;Abdinaser|Abdinasir|عبدالناصر|አብዲናስር|8|3
Cabdikariim|Abdikarim;Abdulkarim|Abdikarim;Abdikariim|Abdulcarim|عبدالكريم|አብዲከሪም|10|6
Cabdifataax|Abdifatah;Abdulfatah|Abdifatah;Abdifatax|Abdulfatah|عبدالفتاح||7|3
Cabdirisaaq|Abdirizak;Abdirazak;Abdirisak|Abdirizak;Abdirazak|Abdurazak|عبدالرزاق|አብዲረዛቅ|7|5
Cabdiqani|Abdigani;Abdikani;Abdulgani|Abdigani;Abdiqani|Abdulgani|عبدالغني||5|4
Cabdicasiis|Abdiaziz;Abdulaziz;Abdiasis|Abdiaziz;Abdiasis|Abdulaziz|عبدالعزيز|አብዱልአዚዝ|8|5
Cabdishakuur|Abdishakur;Abdishakuur|Abdishakur|Abdiscacur|عبدالشكور||5|3
Cabdirashiid|Abdirashid;Abdurashid|Abdirashid;Abdirashiid|Abdurascid|عبدالرشيد||6|3
Cabdulle|Abdulle;Abdille|Abdulle;Abdille|Abdulle|||4|8
Abuukar|Abukar;Abubakar;Abubakr|Abukar;Abubakar|Abucar|أبوبكر|አቡበከር|8|10
Diiriye|Diriye;Dirie|Diriye;Dirie|Dirie||ዲሪዬ|3|8
Cige|Ige;Igeh|Ige|Ighe|||2|6
Daahir|Dahir;Tahir|Dahir;Daher|Dahir|طاهر|ዳሂር|8|8
Mahad|Mahad;Mahat|Mahad|Mahad||ማሀድ|6|1
Liibaan|Liban;Libaan|Liban|Liban||ሊባን|6|1
Samatar|Samatar;Samater|Samatar|Samatar|||2|8
Rooble|Roble;Rooble|Roble|Roble||ሮብሌ|3|8
Barre|Barre;Bare|Barre|Barre||ባሬ|2|8
Ducaale|Dualeh;Duale|Duale;Dualeh|Dualle|||3|8
Cawaale|Awale;Awaleh|Awale|Auale|||2|6
Abshir|Abshir|Abshir|Abscir|||5|4
Mahdi|Mahdi|Mahdi;Mahadi|Mahdi|مهدي|መህዲ|5|3
Xamza|Hamza|Hamza|Hamza|حمزة|ሀምዛ|5|2
Mukhtaar|Mukhtar|Mukhtar;Muktar|Muctar|مختار|ሙክታር|5|6
Saalax|Salah;Saleh|Salah;Saleh|Saleh|صالح|ሳላህ|6|6
Idiris|Idris;Idiris|Idris;Idiris|Idris|إدريس|ኢድሪስ|5|5
Ciise|Issa;Isse;Isa|Isse;Issa;Isa|Isse|عيسى|ኢሳ|8|10
Bile|Bile;Bille|Bile|Bile|||2|6
Hilowle|Hilowle;Hilole|Hilowle|Hilole|||2|5
Macallin|Mualim;Maalin|Maalim;Mualim|Mallin|معلم||2|6
Isxaaq|Isaak;Ishaq|Isaak;Ishak|Isac|إسحاق|ኢሳቅ|4|4
Yacquub|Yakub;Yaqub|Yakub;Yakuub|Iacub|يعقوب|ያዕቆብ|4|4
Sharmaarke|Sharmarke|Sharmarke|Scermarche|||1|4
Bilaal|Bilal;Bilaal|Bilal|Bilal|بلال|ቢላል|6|2
Sakariye|Zakaria;Sakariye;Zakariya|Zakaria;Sakaria|Zaccaria|زكريا|ዘካሪያ|6|2
Yaxye|Yahye;Yahya|Yahya;Yahye|Iahia|يحيى|ያህያ|6|3
Suleymaan|Suleiman;Sulayman;Suleyman|Suleiman;Sulieman|Suleiman|سليمان|ሱለይማን|6|4
Ayuub|Ayub;Ayoub|Ayub;Ayuub|Aiub|أيوب|አዩብ|5|3
Jibriil|Jibril;Jibriil|Jibril|Gibril|جبريل|ጂብሪል|4|2
Khadar|Khadar;Kadar;Khadir|Khadar;Kadar|Cadar|خضر|ከድር|5|4
Anwar|Anwar;Anuar|Anwar|Anuar|أنور|አንዋር|5|1
Najiib|Najib;Najiib|Najib|Nagib|نجيب|ነጂብ|4|1
Sahal|Sahal|Sahal|Sahal|سهل|ሰሀል|4|1
Mowliid|Mowlid;Mawlid;Mohlid|Mowlid;Mawlid|Maulid|مولد|መውሊድ|4|3
Sadaam|Sadam;Saddam|Sadam;Saddam|Saddam|صدام|ሳዳም|5|0
Cabdinuur|Abdinur;Abdinoor;Abdulnur|Abdinur;Abdinuur|Abdinur|عبدالنور|አብዲኑር|6|4
Cabdiwahaab|Abdiwahab;Abdulwahab|Abdiwahab;Abdiwahaab|Abdulwahab|عبدالوهاب|አብዱልወሃብ|4|3
Cabdixakiim|Abdihakim;Abdulhakim|Abdihakim;Abdihakiim|Abdulhachim|عبدالحكيم|አብዲሀኪም|5|2
Cabdijabaar|Abdijabar;Abduljabar|Abdijabar;Abdijabaar|Abdulgiabar|عبدالجبار||3|2
Xaaruun|Harun;Haroun|Harun;Haruun|Harun|هارون|ሀሩን|4|3
Faysal|Faisal;Feysal;Faysal|Faisal;Feisal|Faisal|فيصل|ፈይሰል|5|1
Ilyaas|Ilyas;Ilias|Ilyas;Iliyas|Ilias|إلياس|ኢልያስ|3|3
Iidle|Idle;Iidle|Idle|Idle|||2|5
Yoonis|Yonis;Yunus;Younis|Yonis;Yunis|Iunis|يونس|ዩኑስ|4|4
Maslax|Maslah;Maslax|Maslah|Maslah|مصلح||3|2
Cawad|Awad;Awadh|Awad|Auad|عوض|አወድ|3|4
Xaashi|Hashi;Haashi|Hashi|Hasci|هاشم||3|6
Dayib|Dayib;Daib|Dayib|Daib|||1|4
Sheekh|Sheikh;Sheekh;Shekh|Sheikh;Shekh|Scek;Sceik;Sheik|شيخ|ሼክ|1|8
Xaaji|Haji;Hajji|Haji;Haaji|Hagi|حاجي|ሀጂ|1|6
"""

FEMALE_NAMES = """
Faadumo|Fatuma;Fadumo;Fatima|Fatuma;Fatumo;Fadumo|Fatuma;Fadumo|فاطمة|ፋጡማ|50|40
Xaawo|Hawa;Hawo|Hawa;Hawo|Hauo;Hawa|حواء|ሀዋ|25|25
Deeqa|Deka;Deqa;Deeqa|Deka;Deqa;Dekha|Deca||ዴቃ|15|4
Caasha|Asha;Aisha;Ayesha|Asha;Aisha|Ascia;Asha|عائشة|አይሻ|30|30
Aamina|Amina;Aminah|Amina;Amiina|Amina|آمنة|አሚና|30|25
Xaliimo|Halima;Halimo|Halima;Halimo|Halima|حليمة|ሀሊማ|25|20
Khadiija|Khadija;Hadija;Kadija|Khadija;Hadija;Kadija|Chadigia;Kadija|خديجة|ኸዲጃ|20|22
Maryan|Maryan;Mariam;Maryam|Mariam;Maryan;Maryam|Mariam|مريم|መርየም|25|20
Sahra|Sahra;Sahro;Zahra|Sahra;Sahro|Sahra|زهرة|ሳህራ|15|8
Hodan|Hodan|Hodan;Hodhan|Hodan||ሆዳን|12|4
Ifraax|Ifrah;Ifra|Ifrah;Ifra|Ifrah||ኢፍራህ|10|2
Zamzam|Zamzam;Samsam|Zamzam;Samsam|Zamzam|زمزم|ዘምዘም|8|3
Ubax|Ubah;Ubax|Ubah|Ubah||ኡባህ|10|4
Nimco|Nimo;Nimca|Nimo;Nimco|Nimo|نعمة|ኒሞ|12|4
Sucaad|Suad;Suaad|Suad|Suad|سعاد|ሱዓድ|10|3
Filsan|Filsan|Filsan|Filsan|||6|1
Ayaan|Ayan;Ayaan|Ayan|Aian||አያን|8|3
Hibo|Hibo;Hiba|Hibo|Hibo|هبة|ሂቦ|6|2
Fardowsa|Fardowsa;Firdawsa;Firdaus|Fardosa;Fardowsa|Fardosa|فردوس|ፈርዶሳ|10|3
Muna|Muna;Mona|Muna|Muna|منى|ሙና|8|2
Ruqiya|Rukia;Ruqiya;Rukiya|Rukia;Rukiya|Rucchia|رقية|ሩቅያ|10|8
Saafiya|Safiya;Safia|Safia;Safiya|Safia|صفية|ሳፊያ|8|8
Sagal|Sagal|Sagal|Sagal||ሳጋል|8|2
Idil|Idil|Idil|Idil|||5|2
Xamdi|Hamdi|Hamdi|Hamdi|حمدي|ሀምዲ|8|2
Nacima|Naima;Naimo|Naima;Naimo|Naima|نعيمة|ናኢማ|8|6
Shamso|Shamso;Shamsa|Shamso;Shamsa|Sciamso|شمسة|ሻምሶ|8|8
Asli|Asli|Asli|Asli|||5|8
Canab|Anab|Anab;Aanab|Anab|عنب||5|10
Dahabo|Dahabo;Dahaba|Dahabo|Dahabo|||4|10
Shukri|Shukri|Shukri;Shukria|Sciucri|شكري|ሹክሪ|8|4
Kaltuun|Kaltun;Kaltuma|Kaltuma;Kaltun|Caltum|كلثوم|ከልቱም|5|10
Fartuun|Fartun;Fartuun|Fartun|Fartun|||6|6
Luul|Lul;Lula|Lul|Lul|||4|8
Qamar|Qamar;Kamar|Qamar;Kamar|Camar|قمر|ቀመር|5|5
Habiiba|Habiba|Habiba|Habiba|حبيبة|ሀቢባ|6|5
Sacdiyo|Saadia;Sadia;Sacdiyo|Sadia;Saadia|Saadia|سعدية|ሳዲያ|6|6
Bishaaro|Bishara;Bisharo|Bishara;Bisharo|Bisciaro|||4|6
Raxma|Rahma|Rahma|Rahma|رحمة|ራህማ|6|3
Cawo|Awo|Awo|Auo|||3|8
Ikraan|Ikran;Ikraan|Ikran|Icran|||8|1
Nasteexo|Nasteho;Nastehe|Nasteho|Nasteho|||6|1
Nuurto|Nurto|Nurto|Nurto|||5|3
Zeynab|Zeinab;Zainab;Zeynab|Zeinab;Zenab|Zeinab|زينب|ዘይነብ|12|10
Xafsa|Hafsa|Hafsa|Hafsa|حفصة|ሀፍሳ|8|4
Ilhaan|Ilhan;Ilhaan|Ilhan|Ilhan|||6|1
Najma|Najma|Najma|Nagma|نجمة|ናጅማ|5|2
Cibaado|Ibado;Ibaado|Ibado|Ibado|عبادة||4|4
Sumaya|Sumaya;Sumaiya|Sumaya;Sumeya|Sumaia|سمية|ሱመያ|8|1
Amraan|Amran;Amraan|Amran|Amran|||6|1
Fowsiya|Fowsia;Fawzia;Fawziya|Fowsia;Fosia|Fausia|فوزية|ፈውዚያ|6|4
Ismahaan|Ismahan;Ismaahan|Ismahan|Ismahan|||5|1
Hinda|Hinda;Hind|Hinda|Hinda|هند|ሂንዳ|4|2
Ugbaad|Ugbad;Ugbaad|Ugbad|Ugbad|||4|1
Khadra|Khadra;Kadra;Hadra|Kadra;Khadra|Cadra|خضرة|ከድራ|6|4
Faaiso|Faiza;Faisa;Faaiso|Faiza;Faisa|Faisa|فائزة|ፋይዛ|5|4
Nafiiso|Nafisa;Nafiso|Nafisa;Nafiso|Nafisa|نفيسة|ነፊሳ|4|4
Rooda|Roda;Rodo|Roda|Roda|روضة|ሮዳ|4|3
Nadiifo|Nadifa;Nadifo|Nadifa;Nadifo|Nadifa|نظيفة|ናዲፋ|4|4
Samiira|Samira;Samiira|Samira|Samira|سميرة|ሰሚራ|5|1
Ladan|Ladan|Ladan|Ladan|||5|1
Sareedo|Saredo;Sareedo|Saredo|Saredo|||3|3
"""

# naanays: so | other spellings | male weight | female weight
NICKNAMES = """
Gaab|Gab;Gaab|10|2
Dheere|Dhere;Dheere;Dere|10|3
Yare|Yare;Yarre|10|0
Yarey|Yarey;Yarei|0|4
Madoobe|Madobe;Madoobe|8|2
Cadde|Adde;Ade;Cade|6|0
Cadey|Adey;Cadey|0|4
Qorow|Qorow;Korow|5|0
Cirro|Irro;Cirro|4|0
Gacmadheere|Gacmadhere;Gamadhere|2|0
Afyare|Afyare;Af-yare|2|1
"""

# clan key | so | other spellings | top clan | regions of origin (weights) | weight
CLANS = """
Leysan|Leysaan|Leysan;Leisan|RW|Bay:6,Bakool:3,SH:1|6
Hadame|Hadame|Hadame;Hadamo|RW|Bay:7,Bakool:3|4
Elay|Eelay|Elay;Eelay|RW|Bay:5,Bakool:2,Gedo:3|5
Jiron|Jiroon|Jiron;Jiroon|RW|Bay:8,Bakool:2|3
Harin|Hariin|Harin;Hariin|RW|Bay:5,Bakool:5|3
Luway|Luwaay|Luway;Luwai|RW|Bay:6,SH:4|3
Gasaargude|Gasaargude|Gasar Gudda;Gasargude|RW|Bay:6,Bakool:4|3
Jiiddu|Jiiddu|Jiddu;Jiido|RW|SH:8,Bay:2|2
Garre|Garre|Garre;Gare|GR|Gedo:5,JH:3,SH:2|4
Mareexaan|Mareexaan|Marehan;Marrehan|DR|Gedo:8,JH:2|5
Ogaadeen|Ogaadeen|Ogaden;Ogadeen|DR|JH:6,JD:2,Gedo:2|4
Cawlyahan|Cawlyahan|Aulihan;Awliyahan|DR|JH:7,JD:3|2
MaxamedSubeer|Maxamed Subeer|Mohamed Zubeir;Mohamed Subeer|DR|JH:8,Gedo:2|2
Majeerteen|Majeerteen|Majerteen;Majertein|DR|JH:5,MD:5|1
Abgaal|Abgaal|Abgal;Abgaal|HW|BN:5,SD:5|3
HabarGidir|Habar Gidir|Habargidir;Habar Gedir|HW|GG:4,MD:3,BN:3|2
Xawaadle|Xawaadle|Hawadle;Hawaadle|HW|HR:9,BN:1|2
Murusade|Murusade|Murusade;Murursade|HW|BN:5,SD:3,GG:2|2
Sheekhaal|Sheekhaal|Sheikhal;Shekhal|HW|HR:4,SH:3,JD:3|1
Biyomaal|Biyomaal|Biimaal;Bimal|DI|SH:7,JH:3|2
Gosha|Gosha|Gosha|JR|JD:5,JH:3,SH:2|3
Mushunguli|Mushunguli|Mushunguli;Mushungli|JR|JD:6,SH:4|2
Tunni|Tunni|Tunni;Tuni|DG|SH:9,Bay:1|1
ReerXamar|Reer Xamar|Reer Hamar;Rer Hamar|BZ|BN:10|1
Ashraaf|Ashraaf|Ashraf|BZ|BN:4,Bay:3,SH:3|1
"""

TOP_CLANS = {
    "RW": ("Rahanweyn", "Rahanweyn;Reewin;Rahanwein"),
    "DR": ("Daarood", "Darod;Daarood"),
    "HW": ("Hawiye", "Hawiye"),
    "DI": ("Dir", "Dir"),
    "JR": ("Jareer", "Jarer;Bantu;Somali Bantu"),
    "DG": ("Digil", "Digil"),
    "BZ": ("Banaadiri", "Benadiri;Banadiri"),
    "GR": ("Garre", "Garre;Gare"),
}

# region key | so | English | Italian
REGIONS = """
Bay|Bay|Bay|Bai
Bakool|Bakool|Bakol;Bakool|Bacol
Gedo|Gedo|Gedo|Ghedo
JH|Jubbada Hoose|Lower Juba|Basso Giuba
JD|Jubbada Dhexe|Middle Juba|Medio Giuba
SH|Shabeellaha Hoose|Lower Shabelle;Lower Shabele|Basso Scebeli
BN|Banaadir|Banadir;Benadir|Benadir
SD|Shabeellaha Dhexe|Middle Shabelle|Medio Scebeli
HR|Hiiraan|Hiran;Hiraan|Hiran
GG|Galgaduud|Galgadud|Galgadud
MD|Mudug|Mudug|Mudugh
"""

# region | so | English spellings | Italian | weight
DISTRICTS = """
Bay|Baydhabo|Baidoa;Baydhabo|Baidoa|10
Bay|Buurhakaba|Burhakaba;Bur Hakaba|Bur Acaba|4
Bay|Diinsoor|Dinsor;Diinsor|Dinsor|4
Bay|Qansax Dheere|Qansah Dhere;Qansahdere|Cansahdere|3
Bakool|Xudur|Hudur;Hoddur|Oddur|4
Bakool|Waajid|Wajid|Uegit|3
Bakool|Tiyeegloow|Tieglow;Tiyeglow|Tigieglo|3
Bakool|Ceel Barde|El Barde;Elbarde|El Barde|2
Gedo|Luuq|Luq;Lugh|Lugh|4
Gedo|Garbahaarey|Garbaharey;Garbaharrey|Garba Harre|3
Gedo|Baardheere|Bardera;Bardhere|Bardera|5
Gedo|Doolow|Dolow;Dollow|Dolo|3
Gedo|Beled Xaawo|Beled Hawo;Bulo Hawo|Belet Hawa|4
Gedo|Ceel Waaq|El Wak;Elwak|El Uach|2
JH|Kismaayo|Kismayo;Kismayu|Chisimaio|6
JH|Afmadow|Afmadow;Afmadu|Afmadu|4
JH|Jamaame|Jamame;Jamaame|Giamama|4
JH|Badhaadhe|Badhadhe;Badade|Badade|2
JD|Jilib|Jilib|Gelib|5
JD|Bu'aale|Buale;Bu'ale|Bua'le|3
JD|Saakow|Sakow;Saakow|Sacow|3
SH|Marka|Merca;Merka|Merca|4
SH|Afgooye|Afgoye;Afgoi|Afgoi|4
SH|Baraawe|Brava;Barawa|Brava|2
SH|Qoryooley|Qoryoley;Kuryoley|Coriolei|3
SH|Kurtunwaarey|Kurtunwarey|Kurtunuarei|2
SH|Wanlaweyn|Wanlaweyn;Wanla Weyn|Uanle Uen|3
BN|Muqdisho|Mogadishu;Mogadisho|Mogadiscio|8
SD|Jowhar|Jowhar;Johar|Giohar|4
SD|Balcad|Balad;Balcad|Balad|3
SD|Mahadaay|Mahaday|Mahaddei|2
HR|Beledweyne|Beletweyne;Belet Weyne|Belet Uen|4
HR|Buulo Burte|Bulo Burti;Buloburde|Bulo Burti|2
GG|Dhuusamareeb|Dhusamareb;Dusamareb|Dusa Mareb|2
MD|Gaalkacyo|Galkayo;Galkacyo|Galcaio|2
"""

# places people give instead of their home: the border towns they crossed at
TRANSIT_PLACES = (
    ("Dhoobley", "Dhobley;Dobley"),
    ("Doolow", "Dolow;Dollo"),
    ("Beled Xaawo", "Beled Hawo"),
    ("Soomaaliya", "Somalia"),
)

COMPOUND_RE = re.compile(r"^(Cabdul|Cabdi|Cabdu|Abdul|Abdel|Abdi|Abdu)([a-z]{3,})$")
NOT_COMPOUND = ("Cabdi", "Cabdullaahi", "Cabdulle")
DOUBLE_VOWEL_RE = re.compile(r"([aeiou])\1")
VARIANT_WEIGHTS = (0.62, 0.25, 0.1, 0.03, 0.02, 0.01)


class Weighted(Generic[T]):
    """A weighted choice among items, drawn with bisect on cumulative weights."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self.items: list[T] = [k for k, _ in pairs]
        self.cum: list[float] = []
        acc = 0.0
        for _, w in pairs:
            acc += w
            self.cum.append(acc)
        self.total = acc

    def pick(self, rng: Random) -> T:
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


class Forms:
    """The ways one name (or place, or clan) can be written."""

    __slots__ = ("key", "so", "loose", "en", "ke", "it", "ar", "am", "compound")

    def __init__(
        self, key: str, so: str, en: str, ke: str = "", it: str = "", ar: str = "", am: str = ""
    ) -> None:
        self.key = key
        self.so = so
        self.loose = DOUBLE_VOWEL_RE.sub(r"\1", so)
        self.en = tuple(en.split(";"))
        self.ke = tuple(ke.split(";")) if ke else self.en
        self.it = tuple(it.split(";")) if it else self.en
        self.ar = ar
        self.am = am
        self.compound = so.startswith("Cabd") and so not in NOT_COMPOUND

    def options(self, style: str, loose: bool) -> tuple[str, ...]:
        if style == "so":
            return (self.loose,) if loose else (self.so,)
        if style == "en":
            return self.en
        if style == "ke":
            return self.ke
        if style == "it":
            return self.it
        if style == "ar":
            return (self.ar,) if self.ar else self.en
        return (self.am,) if self.am else self.ke


def _rows(block: str) -> list[list[str]]:
    return [line.split("|") for line in block.strip().splitlines()]


def _name_table(block: str) -> tuple[dict[str, Forms], Weighted[str], Weighted[str]]:
    forms: dict[str, Forms] = {}
    young: list[tuple[str, float]] = []
    old: list[tuple[str, float]] = []
    for so, en, ke, it, ar, am, wy, wo in _rows(block):
        forms[so] = Forms(so, so, en, ke, it, ar, am)
        young.append((so, float(wy)))
        old.append((so, float(wo)))
    return forms, Weighted(young), Weighted(old)


MALE, MALE_YOUNG, MALE_OLD = _name_table(MALE_NAMES)
FEMALE, FEMALE_YOUNG, FEMALE_OLD = _name_table(FEMALE_NAMES)
NAMES: dict[str, Forms] = {**MALE, **FEMALE}
NICKS: dict[str, Forms] = {}
_nick_m: list[tuple[str, float]] = []
_nick_f: list[tuple[str, float]] = []
for _so, _en, _wm, _wf in _rows(NICKNAMES):
    NICKS[_so] = Forms(_so, _so, _en)
    if float(_wm):
        _nick_m.append((_so, float(_wm)))
    if float(_wf):
        _nick_f.append((_so, float(_wf)))
NICK_M = Weighted(_nick_m)
NICK_F = Weighted(_nick_f)
TOPS = {k: Forms(k, so, en) for k, (so, en) in TOP_CLANS.items()}
CLAN: dict[str, Forms] = {}
CLAN_TOP: dict[str, str] = {}
CLAN_REGIONS: dict[str, Weighted[str]] = {}
_clan_w: list[tuple[str, float]] = []
for _key, _so, _en, _top, _regs, _w in _rows(CLANS):
    CLAN[_key] = Forms(_key, _so, _en)
    CLAN_TOP[_key] = _top
    CLAN_REGIONS[_key] = Weighted(
        [(r.split(":")[0], float(r.split(":")[1])) for r in _regs.split(",")]
    )
    _clan_w.append((_key, float(_w)))
CLAN_PICK = Weighted(_clan_w)
REGION: dict[str, Forms] = {k: Forms(k, so, en, en, it) for k, so, en, it in _rows(REGIONS)}
DISTRICT: list[Forms] = []
DISTRICT_REGION: list[str] = []
_by_region: dict[str, list[tuple[int, float]]] = {}
for _reg, _so, _en, _it, _w in _rows(DISTRICTS):
    _by_region.setdefault(_reg, []).append((len(DISTRICT), float(_w)))
    DISTRICT.append(Forms(_so, _so, _en, _en, _it))
    DISTRICT_REGION.append(_reg)
DISTRICT_PICK = {k: Weighted(v) for k, v in _by_region.items()}
TRANSIT = [Forms(so, so, en) for so, en in TRANSIT_PLACES]

# --------------------------------------------------------------------------- desks


def _o(y: int, m: int, d: int) -> int:
    return date(y, m, d).toordinal()


END = _o(2024, 12, 31)
KE_CAMPS = ("IFO", "DAG", "HAG", "IF2", "KAM")
ET_CAMPS = ("BKM", "MLK", "KOB", "HLW", "BRM")
CAMP_DESK = {
    "IFO": "K-IFO",
    "DAG": "K-DAG",
    "HAG": "K-HAG",
    "IF2": "K-IF2",
    "KAM": "K-KAM",
    "BKM": "E-BKM",
    "MLK": "E-MLK",
    "KOB": "E-KOB",
    "HLW": "E-HLW",
    "BRM": "E-BRM",
    "NBI": "K-NBI",
    "ADD": "E-ADD",
}


@dataclass(frozen=True)
class Culture:
    """What the clerks of one kind of desk tend to do; each clerk draws his own habits."""

    style: tuple[tuple[str, float], ...]
    layout: tuple[tuple[str, float], ...]
    parts: tuple[tuple[int, float], ...] = ((2, 15), (3, 72), (4, 13))
    ar: float = 0.0
    am: float = 0.0
    upper: float = 0.3
    typo: tuple[float, float] = (0.005, 0.03)
    split: float = 0.2
    hyphen: float = 0.05
    so_loose: float = 0.3
    docs: float = 0.4
    nick: tuple[float, float] = (0.02, 0.12)
    particle: float = 0.02
    clan: tuple[float, float] = (0.0, 0.02)
    title: float = 0.3
    dob: tuple[tuple[str, float], ...] = (("jan1", 70), ("year", 20), ("jul1", 10))
    et: float = 0.0
    swap: tuple[float, float] = (0.0, 0.06)
    dob_blank: float = 0.01
    phone_blank: float = 0.1
    origin: tuple[tuple[str, float], ...] = (("district", 70), ("region", 20), ("blank", 10))
    sex_blank: float = 0.01
    ref_mangle: float = 0.08
    husband: float = 0.0


CULTURES: dict[str, Culture] = {
    "ke_unhcr": Culture(
        style=(("en", 55), ("ke", 33), ("so", 10)),
        ar=0.15,
        upper=0.4,
        husband=0.3,
        layout=(
            ("std3", 45),
            ("first_middle", 20),
            ("fam_father", 10),
            ("family_rest", 20),
            ("given_chain", 5),
        ),
    ),
    "ke_dra": Culture(
        style=(("ke", 70), ("en", 30)),
        upper=0.7,
        typo=(0.01, 0.04),
        swap=(0.0, 0.12),
        layout=(("first_middle", 50), ("std3", 30), ("positional", 20)),
        husband=0.5,
        dob=(("jan1", 60), ("year", 40)),
        docs=0.6,
        nick=(0.0, 0.05),
    ),
    "so_ngo": Culture(
        style=(("so", 45), ("en", 50)),
        ar=0.25,
        upper=0.2,
        split=0.35,
        hyphen=0.1,
        layout=(("given_chain", 25), ("std3", 35), ("fam_father", 25), ("family_rest", 15)),
        parts=((2, 30), (3, 60), (4, 10)),
        nick=(0.1, 0.45),
        particle=0.2,
        clan=(0.0, 0.1),
        dob=(("year", 55), ("jan1", 35), ("jul1", 10)),
        origin=(("district", 85), ("blank", 15)),
        so_loose=0.5,
        docs=0.1,
    ),
    "wfp": Culture(
        style=(("en", 70), ("ke", 30)),
        upper=0.6,
        typo=(0.02, 0.05),
        layout=(("fam_father", 40), ("std3", 40), ("positional", 20)),
        parts=((2, 50), (3, 50)),
        sex_blank=0.12,
        dob_blank=0.3,
        phone_blank=0.4,
        origin=(("blank", 65), ("district", 25), ("region", 10)),
        dob=(("year", 60), ("jan1", 40)),
    ),
    "health": Culture(
        style=(("en", 50), ("ke", 30), ("so", 20)),
        typo=(0.02, 0.05),
        upper=0.15,
        layout=(("fam_father", 50), ("std3", 30), ("given_chain", 20)),
        parts=((2, 50), (3, 50)),
        nick=(0.05, 0.2),
        origin=(("blank", 70), ("district", 30)),
        dob=(("jan1", 40), ("year", 40), ("jul1", 20)),
        phone_blank=0.2,
        sex_blank=0.02,
    ),
    "et_arra": Culture(
        style=(("ke", 55), ("en", 30), ("so", 5)),
        am=0.35,
        upper=0.3,
        et=0.18,
        layout=(("std3", 70), ("first_middle", 10), ("positional", 20)),
        parts=((2, 10), (3, 85), (4, 5)),
        swap=(0.0, 0.12),
        clan=(0.05, 0.3),
        docs=0.3,
        dob=(("jan1", 50), ("year", 35), ("jul1", 15)),
        typo=(0.01, 0.04),
    ),
    "et_unhcr": Culture(
        style=(("en", 60), ("ke", 40)),
        upper=0.5,
        typo=(0.003, 0.015),
        layout=(("std3", 80), ("family_rest", 20)),
        parts=((3, 80), (4, 20)),
        dob=(("jan1", 85), ("year", 15)),
        swap=(0.0, 0.03),
        phone_blank=0.05,
        docs=0.6,
    ),
    "urban_ke": Culture(
        style=(("en", 70), ("so", 15), ("ke", 15)),
        ar=0.3,
        husband=0.4,
        layout=(("std3", 40), ("first_middle", 40), ("family_rest", 20)),
        docs=0.7,
        phone_blank=0.03,
    ),
    "urban_et": Culture(
        style=(("en", 60), ("ke", 40)),
        ar=0.2,
        am=0.3,
        et=0.15,
        layout=(("std3", 70), ("first_middle", 30)),
        docs=0.6,
        phone_blank=0.03,
    ),
    "iom": Culture(
        style=(("en", 90), ("ke", 10)),
        upper=0.8,
        typo=(0.003, 0.015),
        layout=(("family_rest", 50), ("std3", 50)),
        parts=((3, 70), (4, 30)),
        dob=(("jan1", 90), ("year", 10)),
        docs=0.7,
        phone_blank=0.05,
    ),
}

# code, kind, country, culture, start, end, site labels, ref style, ref missing, clerks, weekend
DeskSpec = tuple[str, str, str, str, int, int, dict[str, str], str, float, int, int]
DESKS: tuple[DeskSpec, ...] = (
    ("K-IFO", "reg", "KE", "ke_unhcr", _o(2008, 1, 1), END, {"*": "Ifo"}, "progres", 0.03, 6, 0),
    (
        "K-DAG",
        "reg",
        "KE",
        "ke_unhcr",
        _o(2008, 1, 1),
        END,
        {"*": "Dagahaley"},
        "progres",
        0.03,
        6,
        0,
    ),
    (
        "K-HAG",
        "reg",
        "KE",
        "ke_unhcr",
        _o(2008, 1, 1),
        END,
        {"*": "Hagadera"},
        "progres",
        0.03,
        6,
        0,
    ),
    ("K-IF2", "reg", "KE", "ke_unhcr", _o(2011, 8, 1), END, {"*": "Ifo 2"}, "progres", 0.05, 5, 1),
    (
        "K-KAM",
        "reg",
        "KE",
        "ke_unhcr",
        _o(2011, 8, 1),
        _o(2017, 6, 30),
        {"*": "Kambioos"},
        "progres",
        0.05,
        4,
        1,
    ),
    (
        "K-VER",
        "verif",
        "KE",
        "ke_dra",
        _o(2016, 3, 1),
        _o(2016, 10, 31),
        {
            "IFO": "Dadaab/Ifo",
            "DAG": "Dadaab/Dagahaley",
            "HAG": "Dadaab/Hagadera",
            "IF2": "Dadaab/Ifo II",
            "KAM": "Dadaab/Kambioos",
        },
        "dra",
        0.02,
        8,
        1,
    ),
    (
        "K-WFP",
        "food",
        "KE",
        "wfp",
        _o(2009, 1, 1),
        END,
        {"IFO": "IFO", "DAG": "DAGAHALEY", "HAG": "HAGADERA", "IF2": "IFO II", "KAM": "KAMBIOS"},
        "wfp_ke",
        0.1,
        5,
        0,
    ),
    (
        "K-CASH",
        "cash",
        "KE",
        "so_ngo",
        _o(2015, 1, 1),
        END,
        {
            "IFO": "Ifo camp",
            "DAG": "Dagahaley camp",
            "HAG": "Hagadera camp",
            "IF2": "Ifo2 camp",
            "KAM": "Kambioos camp",
        },
        "bamba",
        0.05,
        4,
        0,
    ),
    (
        "K-HLT",
        "health",
        "KE",
        "health",
        _o(2009, 1, 1),
        END,
        {
            "IFO": "Ifo HP3",
            "DAG": "Dagahaley Hospital",
            "HAG": "Hagadera HP",
            "IF2": "Ifo 2 HP",
            "KAM": "Kambioos HP",
        },
        "opd",
        0.8,
        6,
        1,
    ),
    (
        "K-SCI",
        "uasc",
        "KE",
        "so_ngo",
        _o(2011, 1, 1),
        END,
        {
            "IFO": "Dadaab - Ifo",
            "DAG": "Dadaab - Dagahaley",
            "HAG": "Dadaab - Hagadera",
            "IF2": "Dadaab - Ifo 2",
            "KAM": "Dadaab - Kambioos",
        },
        "uasc",
        0.05,
        3,
        0,
    ),
    (
        "K-NBI",
        "urban",
        "KE",
        "urban_ke",
        _o(2009, 1, 1),
        END,
        {"*": "Nairobi-Eastleigh"},
        "nbi",
        0.05,
        4,
        0,
    ),
    (
        "K-IOM",
        "transit",
        "KE",
        "iom",
        _o(2010, 1, 1),
        END,
        {"*": "Nairobi IOM TC"},
        "iom_ke",
        0.02,
        3,
        0,
    ),
    (
        "E-DAT",
        "reg",
        "ET",
        "et_arra",
        _o(2009, 1, 1),
        END,
        {"*": "Dolo Ado TC"},
        "arra_transit",
        0.05,
        6,
        1,
    ),
    ("E-BKM", "reg", "ET", "et_arra", _o(2009, 1, 1), END, {"*": "Bokolmanyo"}, "arra", 0.05, 4, 0),
    ("E-MLK", "reg", "ET", "et_arra", _o(2009, 1, 1), END, {"*": "Melkadida"}, "arra", 0.05, 4, 0),
    ("E-KOB", "reg", "ET", "et_arra", _o(2011, 6, 1), END, {"*": "Kobe"}, "arra", 0.05, 4, 1),
    ("E-HLW", "reg", "ET", "et_arra", _o(2011, 8, 1), END, {"*": "Hilaweyn"}, "arra", 0.05, 4, 1),
    ("E-BRM", "reg", "ET", "et_arra", _o(2011, 10, 1), END, {"*": "Buramino"}, "arra", 0.05, 4, 1),
    (
        "E-L3",
        "verif",
        "ET",
        "et_unhcr",
        _o(2017, 6, 1),
        _o(2018, 12, 31),
        {
            "BKM": "Bokolmayo",
            "MLK": "Melkadida",
            "KOB": "Kobe",
            "HLW": "Hilaweyn",
            "BRM": "Buramino",
        },
        "l3",
        0.01,
        8,
        0,
    ),
    (
        "E-WFP",
        "food",
        "ET",
        "wfp",
        _o(2010, 1, 1),
        END,
        {
            "BKM": "BOKOLMANYO",
            "MLK": "MELKADIDA",
            "KOB": "KOBE",
            "HLW": "HELAWEYN",
            "BRM": "BURAMINO",
        },
        "wfp_et",
        0.15,
        4,
        0,
    ),
    (
        "E-HLT",
        "health",
        "ET",
        "health",
        _o(2010, 1, 1),
        END,
        {
            "BKM": "Bokolmanyo HC",
            "MLK": "Melkadida HC",
            "KOB": "Kobe HP",
            "HLW": "Hilaweyn HP",
            "BRM": "Buramino HP",
        },
        "mrn",
        0.85,
        4,
        1,
    ),
    (
        "E-CASH",
        "cash",
        "ET",
        "so_ngo",
        _o(2014, 1, 1),
        END,
        {
            "BKM": "Bokolmanyo",
            "MLK": "Melkadida",
            "KOB": "Kobe",
            "HLW": "Hilaweyn",
            "BRM": "Buramino",
        },
        "drc",
        0.05,
        3,
        0,
    ),
    (
        "E-ADD",
        "urban",
        "ET",
        "urban_et",
        _o(2010, 1, 1),
        END,
        {"*": "Addis Ababa"},
        "add",
        0.05,
        4,
        0,
    ),
    (
        "E-IOM",
        "transit",
        "ET",
        "iom",
        _o(2011, 6, 1),
        END,
        {"*": "Dollo Ado IOM"},
        "iom_et",
        0.05,
        3,
        1,
    ),
)

PHONE_FORMATS = {
    "KE": ("+254{c}", "0{c}", "0{a} {b} {d}", "254{c}", "{c}", "+254 {a} {e}"),
    "ET": ("+251{c}", "0{c}", "0{a} {e}", "251{c}", "{c}", "0{a}-{f}-{g}-{h}"),
    "SO": ("+252{c}", "0{c}", "00252{c}", "252 {p} {q}", "{c}", "+252-{p}-{q}"),
}
PHONE_HOME = ((0, 25), (1, 45), (2, 15), (3, 5), (4, 5), (5, 5))
PHONE_FOREIGN = ((0, 55), (1, 5), (2, 10), (3, 20), (4, 5), (5, 5))
KE_PREFIX = Weighted([("70", 3), ("71", 3), ("72", 4), ("79", 2), ("74", 2), ("11", 1)])
ET_PREFIX = Weighted([("91", 6), ("92", 3), ("93", 2), ("94", 1)])
SO_PREFIX = Weighted([("61", 8), ("62", 3), ("63", 1), ("65", 2), ("68", 1), ("90", 2)])


class Desk:
    __slots__ = (
        "code",
        "kind",
        "country",
        "culture",
        "start",
        "end",
        "labels",
        "ref",
        "ref_missing",
        "clerks",
        "clerk_pick",
        "weekend",
        "counter",
    )

    def __init__(self, spec: DeskSpec, rng: Random) -> None:
        (
            self.code,
            self.kind,
            self.country,
            self.culture,
            self.start,
            self.end,
            self.labels,
            self.ref,
            self.ref_missing,
            n_clerks,
            self.weekend,
        ) = spec
        culture = CULTURES[self.culture]
        self.clerks = [Clerk(f"{self.code}/{i + 1}", self, culture, rng) for i in range(n_clerks)]
        self.clerk_pick: Weighted[Clerk] = Weighted(
            [(c, rng.uniform(0.4, 2.0)) for c in self.clerks]
        )
        self.counter = rng.randrange(1000, 20000)

    def label(self, camp: str) -> str:
        if "*" in self.labels:
            return self.labels["*"]
        return self.labels.get(camp) or next(iter(self.labels.values()))


class Clerk:
    """One clerk and his fixed habits."""

    __slots__ = (
        "code",
        "desk",
        "styles",
        "layout",
        "alt_layout",
        "alt_p",
        "parts",
        "case",
        "typo",
        "split",
        "so_loose",
        "docs",
        "nick_p",
        "particle",
        "clan_p",
        "title_p",
        "top_clan",
        "dob_mode",
        "et",
        "swap",
        "dob_typo",
        "dob_blank",
        "phone_home",
        "phone_foreign",
        "phone_blank",
        "origin",
        "sex_blank",
        "ref_mangle",
        "mangle_kind",
        "husband_p",
        "cache",
    )

    def __init__(self, code: str, desk: Desk, c: Culture, rng: Random) -> None:
        self.code = code
        self.desk = desk
        styles = [(s, w * rng.uniform(0.4, 1.6)) for s, w in c.style]
        if rng.random() < c.ar:
            styles.append(("ar", rng.uniform(10, 40)))
        if rng.random() < c.am:
            styles.append(("am", rng.uniform(10, 60)))
        self.styles = Weighted(styles)
        lay = Weighted(c.layout)
        self.layout = lay.pick(rng)
        self.alt_layout = lay.pick(rng)
        self.alt_p = rng.uniform(0.03, 0.2)
        self.parts = Weighted(c.parts).pick(rng)
        r = rng.random()
        self.case = (
            "upper"
            if r < c.upper
            else ("lower" if r < c.upper + 0.03 else ("sloppy" if r < c.upper + 0.08 else "title"))
        )
        self.typo = rng.uniform(*c.typo)
        r = rng.random()
        self.split = "space" if r < c.split else ("hyphen" if r < c.split + c.hyphen else "join")
        self.so_loose = rng.random() < c.so_loose
        self.docs = rng.random() < c.docs
        self.nick_p = rng.uniform(*c.nick)
        self.particle = rng.choice(("bin", "ina", "ina")) if rng.random() < c.particle else ""
        self.clan_p = rng.uniform(*c.clan)
        self.top_clan = rng.random() < 0.3
        self.title_p = min(1.0, c.title * rng.uniform(0.5, 1.5))
        self.dob_mode = Weighted(c.dob).pick(rng)
        self.et = rng.random() < c.et
        self.swap = rng.uniform(*c.swap)
        self.dob_typo = rng.uniform(0.0, 0.02)
        self.dob_blank = c.dob_blank
        self.phone_home = {k: Weighted(PHONE_HOME).pick(rng) for k in ("KE", "ET", "SO")}
        self.phone_foreign = {k: Weighted(PHONE_FOREIGN).pick(rng) for k in ("KE", "ET", "SO")}
        self.phone_blank = min(0.9, c.phone_blank * rng.uniform(0.5, 1.5))
        self.origin = Weighted(c.origin)
        self.sex_blank = c.sex_blank * rng.uniform(0.0, 2.0)
        self.ref_mangle = c.ref_mangle * rng.uniform(0.0, 2.0)
        self.mangle_kind = rng.choice(("lower", "nodash", "space", "trim0"))
        self.husband_p = c.husband * rng.uniform(0.0, 1.0) if rng.random() < 0.5 else 0.0
        self.cache: dict[tuple[str, str], str] = {}

    def spell(self, rng: Random, f: Forms, style: str) -> str:
        key = (f.key, style)
        v = self.cache.get(key)
        if v is None:
            opts = f.options(style, self.so_loose)
            if len(opts) == 1:
                v = opts[0]
            else:
                v = opts[
                    Weighted(list(zip(range(len(opts)), VARIANT_WEIGHTS, strict=False))).pick(rng)
                ]
            self.cache[key] = v
        if rng.random() < 0.05:
            opts = f.options(style, not self.so_loose)
            return opts[rng.randrange(len(opts))]
        return v


# --------------------------------------------------------------------------- people


class Person:
    __slots__ = (
        "pid",
        "hh",
        "sex",
        "name",
        "fnode",
        "node",
        "dob",
        "kind",
        "bias",
        "nick",
        "title",
        "habit",
        "olddoc",
        "phone",
        "husband",
        "hnode",
        "traps",
    )

    def __init__(self, hh: Household, sex: str, name: str, fnode: int, dob: int) -> None:
        self.pid = -1
        self.hh = hh
        self.sex = sex
        self.name = name
        self.fnode = fnode
        self.node = -1
        self.dob = dob
        self.kind = "age"
        self.bias = 0
        self.nick = ""
        self.title = ""
        self.habit = ""
        self.olddoc = False
        self.phone = ""
        self.husband = ""
        self.hnode = -1
        self.traps: list[str] | None = None

    def trap(self, t: str) -> None:
        if self.traps is None:
            self.traps = [t]
        elif t not in self.traps:
            self.traps.append(t)


class Household:
    __slots__ = (
        "hid",
        "members",
        "country",
        "camp",
        "cohort",
        "base",
        "desk",
        "clan",
        "origin",
        "kind",
        "phones",
        "linked",
    )

    def __init__(
        self, country: str, camp: str, cohort: str, base: int, desk: str, kind: str
    ) -> None:
        self.hid = 0
        self.members: list[Person] = []
        self.country = country
        self.camp = camp
        self.cohort = cohort
        self.base = base
        self.desk = desk
        self.clan = ""
        self.origin = 0
        self.kind = kind
        self.phones: list[tuple[int, str]] = []
        self.linked: Household | None = None

    def phone_at(self, day: int) -> str:
        num = ""
        for since, n in self.phones:
            if since <= day:
                num = n
        return num


class Event:
    __slots__ = ("desk", "day", "members", "fraud", "kind", "camp")

    def __init__(
        self, desk: Desk, day: int, members: list[Person], kind: str, camp: str, fraud: bool = False
    ) -> None:
        self.desk = desk
        self.day = day
        self.members = members
        self.kind = kind
        self.camp = camp
        self.fraud = fraud


COHORTS = Weighted([("old", 20), ("2011", 45), ("2017", 12), ("2022", 15), ("urban", 8)])
CAMP_KINDS = Weighted(
    [
        ("nuclear", 34),
        ("woman", 30),
        ("poly", 7),
        ("extended", 13),
        ("single", 7),
        ("uam", 4),
        ("elderly", 5),
    ]
)
URBAN_KINDS = Weighted(
    [("nuclear", 35), ("single", 30), ("woman", 20), ("extended", 10), ("poly", 5)]
)
KID_COUNT = Weighted(
    [(0, 5), (1, 10), (2, 13), (3, 14), (4, 14), (5, 12), (6, 10), (7, 8), (8, 6), (9, 4), (10, 3)]
)
PHONE_P = {"old": 0.6, "2011": 0.45, "2017": 0.6, "2022": 0.75, "urban": 0.95}
FRAUDS = Weighted(
    [("skip_father", 30), ("age", 30), ("alias", 15), ("clan", 10), ("nick_given", 15)]
)
TITLES = Weighted([("Xaaji", 6), ("Sheekh", 4)])
YEAR_BIAS = Weighted([(0, 50), (1, 17), (-1, 18), (2, 7), (-2, 8)])
URBAN_KNOWS = Weighted([("year", 5), ("card", 2), ("age", 3)])
KE_2011 = Weighted([("IFO", 15), ("DAG", 15), ("HAG", 15), ("IF2", 30), ("KAM", 25)])
ET_2011 = Weighted([("KOB", 30), ("HLW", 25), ("BRM", 25), ("BKM", 10), ("MLK", 10)])
ET_2017 = Weighted([("BRM", 30), ("KOB", 20), ("MLK", 20), ("BKM", 15), ("HLW", 15)])
KE_2017 = Weighted([("DAG", 4), ("HAG", 4), ("IFO", 2)])
KE_2022 = Weighted([("IF2", 50), ("HAG", 30), ("DAG", 20)])
ET_2022 = Weighted([("MLK", 25), ("BRM", 25), ("KOB", 20), ("BKM", 15), ("HLW", 15)])


def _year(o: int) -> int:
    return date.fromordinal(o).year


def to_ethiopic(o: int) -> tuple[int, int, int]:
    """Gregorian day ordinal to an Ethiopian (Amete Mihret) year, month (1-13) and day."""
    jdn = o + 1721425
    r = (jdn - 1723856) % 1461
    n = r % 365 + 365 * (r // 1460)
    year = 4 * ((jdn - 1723856) // 1461) + r // 365 - r // 1460
    return year, n // 30 + 1, n % 30 + 1


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _typo(rng: Random, s: str) -> str:
    if len(s) < 3:
        return s
    i = rng.randrange(1, len(s) - 1)
    op = rng.random()
    if op < 0.3:
        return s[:i] + s[i + 1 :]
    if op < 0.5:
        return s[:i] + s[i] + s[i:]
    if op < 0.75:
        return s[: i - 1] + s[i] + s[i - 1] + s[i + 1 :]
    swaps = {
        "a": "e",
        "e": "i",
        "i": "e",
        "o": "u",
        "u": "o",
        "k": "q",
        "q": "k",
        "h": "x",
        "x": "h",
        "d": "t",
        "m": "n",
        "n": "m",
        "s": "z",
        "c": "k",
    }
    ch = s[i].lower()
    if ch in swaps:
        rep = swaps[ch]
        return s[:i] + (rep.upper() if s[i].isupper() else rep) + s[i + 1 :]
    return s[:i] + s[i + 1 :]


def _case(s: str, how: str) -> str:
    if how == "upper":
        return s.upper()
    if how == "lower":
        return s.lower()
    return s


def _split_compound(s: str, mode: str) -> str:
    if s.startswith("عبدال"):
        return "عبد " + s[3:] if mode != "join" else s
    m = COMPOUND_RE.match(s)
    if not m:
        return s
    sep = " " if mode == "space" else "-"
    return f"{m[1]}{sep}{m[2].capitalize()}"


def _latin(s: str) -> bool:
    return bool(s) and s[0] < "\u0250"


class World:
    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.desks = {spec[0]: Desk(spec, self.rng) for spec in DESKS}
        self.node_name: list[str] = []
        self.node_parent: list[int] = []
        self.node_clan: list[str] = []
        self.node_by: list[int] = []
        self.used: dict[int, list[str]] = {}
        self.pool: list[int] = []
        self.pool_house: dict[int, Household] = {}
        self.sister_pool: list[int] = []
        self.community: dict[str, list[str]] = {}
        self.households: list[Household] = []
        self.people: list[Person] = []
        self.iso: dict[int, str] = {}

    # ----------------------------------------------------------------- patrilineal nodes
    def _node(self, name: str, parent: int, clan: str, by: int) -> int:
        self.node_name.append(name)
        self.node_parent.append(parent)
        self.node_clan.append(clan)
        self.node_by.append(by)
        return len(self.node_name) - 1

    def parent(self, n: int) -> int:
        p = self.node_parent[n]
        if p < 0:
            by = self.node_by[n] - 30
            p = self._node(self._pick(("M", by), None), -1, self.node_clan[n], by)
            self.node_parent[n] = p
            self.used.setdefault(p, []).append(self.node_name[n])
        return p

    def _pick(self, sex_by: tuple[str, int], fnode: int | None, allow_dup: bool = False) -> str:
        sex, by = sex_by
        rng = self.rng
        if sex == "M":
            pool = MALE_YOUNG if by >= 1975 else MALE_OLD
        else:
            pool = FEMALE_YOUNG if by >= 1975 else FEMALE_OLD
        if fnode is None:
            return pool.pick(rng)
        used = self.used.setdefault(fnode, [])
        father = self.node_name[fnode]
        if sex == "M" and rng.random() < 0.06:
            gf = self.node_name[self.parent(fnode)]
            if gf not in used and gf != father:
                used.append(gf)
                return gf
        name = pool.pick(rng)
        for _ in range(10):
            if (allow_dup or name not in used) and name != father:
                break
            name = pool.pick(rng)
        used.append(name)
        return name

    def _lineage(self, by_father: int, clan: str) -> int:
        ggf = self._node(self._pick(("M", by_father - 60), None), -1, clan, by_father - 60)
        gf = self._node(self._pick(("M", by_father - 30), ggf), ggf, clan, by_father - 30)
        return self._node(self._pick(("M", by_father), gf), gf, clan, by_father)

    # ----------------------------------------------------------------- households
    def _arrival(self, cohort: str) -> tuple[str, str, int, str]:
        rng = self.rng
        if cohort == "urban":
            if rng.random() < 0.6:
                return "KE", "NBI", rng.randint(_o(2010, 1, 1), _o(2022, 12, 31)), "K-NBI"
            return "ET", "ADD", rng.randint(_o(2010, 6, 1), _o(2022, 12, 31)), "E-ADD"
        if cohort == "old":
            if rng.random() < 0.6:
                camp = rng.choice(("IFO", "DAG", "HAG"))
                return "KE", camp, rng.randint(_o(2008, 1, 1), _o(2010, 12, 31)), CAMP_DESK[camp]
            camp = rng.choice(("BKM", "MLK"))
            return "ET", camp, rng.randint(_o(2009, 5, 1), _o(2010, 12, 31)), CAMP_DESK[camp]
        if cohort == "2011":
            if rng.random() < 0.55:
                camp = KE_2011.pick(rng)
                day = int(rng.triangular(_o(2011, 6, 1), _o(2012, 3, 31), _o(2011, 8, 15)))
                return "KE", camp, day, CAMP_DESK[camp]
            camp = ET_2011.pick(rng)
            day = int(rng.triangular(_o(2011, 6, 1), _o(2011, 12, 31), _o(2011, 8, 1)))
            return "ET", camp, day, "E-DAT" if rng.random() < 0.55 else CAMP_DESK[camp]
        if cohort == "2017":
            if rng.random() < 0.85:
                camp = ET_2017.pick(rng)
                day = int(rng.triangular(_o(2017, 1, 1), _o(2017, 9, 30), _o(2017, 4, 1)))
                return "ET", camp, day, "E-DAT" if rng.random() < 0.55 else CAMP_DESK[camp]
            camp = KE_2017.pick(rng)
            return "KE", camp, rng.randint(_o(2017, 3, 1), _o(2018, 6, 30)), CAMP_DESK[camp]
        if rng.random() < 0.65:
            camp = KE_2022.pick(rng)
            day = int(rng.triangular(_o(2022, 9, 1), _o(2024, 9, 30), _o(2023, 3, 1)))
            return "KE", camp, day, CAMP_DESK[camp]
        camp = ET_2022.pick(rng)
        day = rng.randint(_o(2022, 3, 1), _o(2023, 6, 30))
        return "ET", camp, day, "E-DAT" if rng.random() < 0.55 else CAMP_DESK[camp]

    def _dob(self, base: int, age: float) -> int:
        return base - int(age * 365.25) - self.rng.randrange(365)

    def _person(
        self, h: Household, sex: str, dob: int, fnode: int, name: str = "", allow_dup: bool = False
    ) -> Person:
        rng = self.rng
        by = _year(dob)
        if not name:
            name = self._pick((sex, by), fnode, allow_dup)
        p = Person(h, sex, name, fnode, dob)
        if sex == "M":
            p.node = self._node(name, fnode, self.node_clan[fnode], by)
        age = (h.base - dob) / 365.25
        if dob > h.base:
            p.kind = "card" if rng.random() < 0.85 else "age"
        elif age < 5:
            p.kind = "card" if rng.random() < 0.55 else "age"
        elif h.cohort == "urban" and age >= 18:
            p.kind = URBAN_KNOWS.pick(rng)
        elif age >= 55:
            p.kind = "age" if rng.random() < 0.85 else "year"
        else:
            p.kind = "age" if rng.random() < 0.6 else "year"
        if p.kind == "year":
            p.bias = YEAR_BIAS.pick(rng)
        elif p.kind == "age":
            sd = 0.7 if age < 15 else (3.0 if age < 55 else 5.0)
            p.bias = round(rng.gauss(0, sd))
        if age >= 18:
            if rng.random() < (0.15 if sex == "M" else 0.06):
                p.nick = (NICK_M if sex == "M" else NICK_F).pick(rng)
            r = rng.random()
            if r < 0.035:
                p.habit = "skip_father"
                p.trap("chain_shift")
            elif r < 0.075:
                p.habit = "clan_gf"
                p.trap("clan_for_grandfather")
            if sex == "M" and age >= 50 and rng.random() < 0.3:
                p.title = TITLES.pick(rng)
            if by < 1962 and rng.random() < 0.45:
                p.olddoc = True
            if rng.random() < (0.3 if sex == "M" and age < 50 else 0.1):
                p.phone = self._number(h)
        elif age >= 8 and rng.random() < 0.04:
            p.nick = (NICK_M if sex == "M" else NICK_F).pick(rng)
        h.members.append(p)
        return p

    def _kids(self, h: Household, mother: Person, fnode: int, allow_dup: bool = False) -> None:
        rng = self.rng
        mage = (h.base - mother.dob) / 365.25
        maxk = int((mage - 16) / 2.2)
        if maxk <= 0:
            return
        n = min(maxk, KID_COUNT.pick(rng))
        age = rng.randint(0, 2)
        for _ in range(n):
            if mage - age < 15:
                break
            dob = self._dob(h.base, age)
            sex = "M" if rng.random() < 0.51 else "F"
            if rng.random() < 0.018:
                sex2 = sex if rng.random() < 0.65 else ("F" if sex == "M" else "M")
                n1 = n2 = ""
                used = self.used.setdefault(fnode, [])
                if (
                    sex == sex2 == "M"
                    and rng.random() < 0.5
                    and "Xasan" not in used
                    and "Xuseen" not in used
                ):
                    n1, n2 = "Xasan", "Xuseen"
                    used.extend((n1, n2))
                a = self._person(h, sex, dob, fnode, n1, allow_dup)
                b = self._person(h, sex2, dob, fnode, n2)
                a.trap("twin")
                b.trap("twin")
            else:
                self._person(h, sex, dob, fnode, "", allow_dup)
            age += rng.choice((1, 2, 2, 2, 3, 3, 4))

    def _head_fnode(self, by: int, clan: str) -> tuple[int, Household | None]:
        rng = self.rng
        if self.pool and rng.random() < 0.14:
            f = self.pool[rng.randrange(max(0, len(self.pool) - 400), len(self.pool))]
            return f, self.pool_house.get(f)
        f = self._lineage(by - 28, clan)
        self.pool.append(f)
        return f, None

    def _woman_fnode(self, by: int, clan: str) -> int:
        rng = self.rng
        if self.sister_pool and rng.random() < 0.06:
            return self.sister_pool[
                rng.randrange(max(0, len(self.sister_pool) - 300), len(self.sister_pool))
            ]
        if rng.random() > 0.6:
            clan = CLAN_PICK.pick(rng)
        f = self._lineage(by - 28, clan)
        self.sister_pool.append(f)
        return f

    def _number(self, h: Household) -> str:
        rng = self.rng
        r = rng.random()
        if h.camp == "NBI":
            cc = "KE" if r < 0.9 else "SO"
        elif h.camp == "ADD":
            cc = "ET" if r < 0.85 else "SO"
        elif h.country == "KE":
            cc = "KE" if r < 0.75 else "SO"
        else:
            cc = "ET" if r < 0.45 else "SO"
        if cc == "KE":
            return f"KE{KE_PREFIX.pick(rng)}{rng.randrange(10**7):07d}"
        if cc == "ET":
            return f"ET{ET_PREFIX.pick(rng)}{rng.randrange(10**7):07d}"
        return f"SO{SO_PREFIX.pick(rng)}{rng.randrange(10**7):07d}"

    def _phones(self, h: Household) -> None:
        rng = self.rng
        if h.linked is not None and h.linked.phones and rng.random() < 0.5:
            h.phones = list(h.linked.phones)
            return
        if rng.random() >= PHONE_P[h.cohort]:
            return
        if rng.random() < 0.07:
            pool = self.community.setdefault(h.camp, [])
            if pool and rng.random() < 0.8:
                num = pool[rng.randrange(max(0, len(pool) - 30), len(pool))]
            else:
                num = self._number(h)
                pool.append(num)
        else:
            num = self._number(h)
        h.phones.append((h.base - 400, num))
        if rng.random() < 0.35:
            h.phones.append((h.base + rng.randint(365, 6 * 365), self._number(h)))

    def _family(self, cohort: str) -> list[Household]:
        rng = self.rng
        country, camp, base, desk = self._arrival(cohort)
        kind = (URBAN_KINDS if cohort == "urban" else CAMP_KINDS).pick(rng)
        h = Household(country, camp, cohort, base, desk, kind)
        fams = [h]
        clan = CLAN_PICK.pick(rng)
        by0 = _year(base)
        linked: Household | None = None
        if kind in ("nuclear", "extended", "poly"):
            hage = rng.triangular(20, 72, 34) if kind != "poly" else rng.triangular(32, 75, 46)
            fnode, linked = self._head_fnode(by0 - int(hage), clan)
            head = self._person(h, "M", self._dob(base, hage), fnode)
            self.pool_house.setdefault(fnode, h)
            nw = 1 if kind != "poly" else (2 if rng.random() < 0.8 else 3)
            separate = kind == "poly" and rng.random() < 0.55
            wage = hage
            for wi in range(nw):
                wage = max(16.0, (hage if wi == 0 else wage) - rng.randint(2, 12))
                target = h
                if separate and wi > 0:
                    target = Household(
                        country, camp, cohort, base + rng.randint(0, 20), desk, "poly_wife"
                    )
                    target.linked = h
                    fams.append(target)
                wdob = self._dob(base, wage)
                wife = self._person(target, "F", wdob, self._woman_fnode(_year(wdob), clan))
                wife.husband = head.name
                wife.hnode = head.node
                before = len(target.members)
                self._kids(target, wife, head.node, allow_dup=wi > 0 and rng.random() < 0.12)
                if nw > 1:
                    for kid in target.members[before:]:
                        kid.trap("half_sibling")
            if kind == "extended":
                mage = min(90.0, hage + rng.randint(18, 32))
                mdob = self._dob(base, mage)
                self._person(h, "F", mdob, self._woman_fnode(_year(mdob), clan))
                for _ in range(rng.choice((0, 1, 1, 2))):
                    self._person(
                        h,
                        "M" if rng.random() < 0.6 else "F",
                        self._dob(base, rng.uniform(12, max(13, hage - 2))),
                        fnode,
                    )
                if rng.random() < 0.6:
                    dead = self._node(
                        self._pick(("M", by0 - int(hage)), fnode),
                        fnode,
                        self.node_clan[fnode],
                        by0 - int(hage),
                    )
                    for _ in range(rng.randint(1, 3)):
                        self._person(
                            h,
                            "M" if rng.random() < 0.5 else "F",
                            self._dob(base, rng.uniform(3, 16)),
                            dead,
                        )
        elif kind == "woman":
            wage = rng.triangular(18, 58, 30)
            wdob = self._dob(base, wage)
            woman = self._person(h, "F", wdob, self._woman_fnode(_year(wdob), clan))
            hby = _year(wdob) - rng.randint(3, 15)
            hf, linked = self._head_fnode(hby, clan)
            husband = self._node(self._pick(("M", hby), hf), hf, self.node_clan[hf], hby)
            woman.husband = self.node_name[husband]
            woman.hnode = husband
            self._kids(h, woman, husband)
            if rng.random() < 0.15 and wage < 55:
                mdob = self._dob(base, min(90.0, wage + rng.randint(17, 30)))
                self._person(h, "F", mdob, self._woman_fnode(_year(mdob), clan))
            if rng.random() < 0.12:
                self._person(
                    h,
                    "M" if rng.random() < 0.5 else "F",
                    self._dob(base, rng.uniform(12, 25)),
                    woman.fnode,
                )
        elif kind == "single":
            age = rng.triangular(17, 40, 22)
            fnode = self._lineage(by0 - int(age) - 28, clan)
            self._person(h, "M", self._dob(base, age), fnode)
            if rng.random() < 0.3:
                self._person(h, "M", self._dob(base, rng.uniform(15, 30)), fnode)
        elif kind == "uam":
            fnode = self._lineage(by0 - 40, clan)
            for _ in range(rng.choice((1, 1, 2, 2, 3))):
                self._person(
                    h,
                    "M" if rng.random() < 0.6 else "F",
                    self._dob(base, rng.uniform(9, 17.9)),
                    fnode,
                )
        else:  # elderly with grandchildren
            age = rng.triangular(58, 88, 66)
            oby = by0 - int(age)
            if rng.random() < 0.6:
                old = self._person(h, "M", self._dob(base, age), self._lineage(oby - 28, clan))
                grand = old.node
                if rng.random() < 0.5:
                    wdob = self._dob(base, max(45.0, age - rng.randint(3, 15)))
                    wife = self._person(h, "F", wdob, self._woman_fnode(_year(wdob), clan))
                    wife.husband = old.name
                    wife.hnode = grand
            else:
                old = self._person(h, "F", self._dob(base, age), self._woman_fnode(oby, clan))
                hby = oby - 5
                grand = self._node(
                    self._pick(("M", hby), self._lineage(hby - 28, clan)), -1, clan, hby
                )
                old.husband = self.node_name[grand]
                old.hnode = grand
            for _ in range(rng.choice((1, 1, 2))):
                sby = by0 - int(age) + 28
                son = self._node(self._pick(("M", sby), grand), grand, self.node_clan[grand], sby)
                for _ in range(rng.randint(1, 3)):
                    self._person(
                        h,
                        "M" if rng.random() < 0.5 else "F",
                        self._dob(base, rng.uniform(2, 16)),
                        son,
                    )
        # children born in the camp appear only at later desks
        for target in fams:
            mothers = [
                m
                for m in target.members
                if m.sex == "F" and m.hnode >= 0 and 18 <= (base - m.dob) / 365.25 <= 40
            ]
            if mothers and cohort != "urban" and rng.random() < 0.25:
                dob = min(_o(2024, 6, 30), base + rng.randint(270, 1800))
                if dob > base + 60:
                    self._person(target, "M" if rng.random() < 0.51 else "F", dob, mothers[0].hnode)
        for target in fams:
            target.clan = self.node_clan[target.members[0].fnode] if target.members else clan
            target.origin = DISTRICT_PICK[CLAN_REGIONS[target.clan].pick(rng)].pick(rng)
            if target is not h:
                target.origin = h.origin
            if linked is not None and target is h and rng.random() < 0.6:
                target.origin = linked.origin
                target.linked = target.linked or linked
            self._phones(target)
        return fams

    def build(self, n_people: int) -> None:
        total = 0
        while total < n_people:
            for h in self._family(COHORTS.pick(self.rng)):
                if h.members:
                    self.households.append(h)
                    total += len(h.members)
        while total > n_people:
            h = self.households[-1]
            h.members.pop()
            total -= 1
            if not h.members:
                self.households.pop()
        for i, h in enumerate(self.households):
            h.hid = i + 1
            for p in h.members:
                p.pid = len(self.people)
                self.people.append(p)

    # ----------------------------------------------------------------- registrations
    def _day(self, desk: Desk, lo: int, hi: int) -> int | None:
        lo = max(lo, desk.start)
        hi = min(hi, desk.end)
        if lo > hi:
            return None
        day = self.rng.randint(lo, hi)
        wd = date.fromordinal(day).weekday()
        if wd >= 5 and not desk.weekend:
            day -= wd - 4
        return day

    def _present(self, h: Household, day: int, p_other: float) -> list[Person]:
        rng = self.rng
        return [
            m
            for i, m in enumerate(h.members)
            if m.dob <= day and (i == 0 or rng.random() < p_other)
        ]

    def _plan(self, h: Household) -> list[Event]:
        rng = self.rng
        d = self.desks
        evs: list[Event] = []
        camp = h.camp
        first = max(h.base, d[h.desk].start)
        base = self._day(d[h.desk], first, first + 10) or first
        evs.append(Event(d[h.desk], base, self._present(h, base, 0.97), "base", camp))

        def add(
            code: str,
            lo: int,
            hi: int,
            p_other: float,
            kind: str,
            fraud: bool = False,
            where: str = "",
        ) -> None:
            desk = d[code]
            day = self._day(desk, lo, hi)
            if day is None:
                return
            members = self._present(h, day, p_other)
            if members:
                evs.append(Event(desk, day, members, kind, where or camp, fraud))

        if h.camp in KE_CAMPS or h.camp in ET_CAMPS:
            ke = h.camp in KE_CAMPS
            if not ke and h.desk == "E-DAT":
                if rng.random() < 0.18:
                    add(CAMP_DESK[camp], base + 3, base + 40, 0.95, "camp")
                if rng.random() < 0.1:
                    add("E-IOM", base + 1, base + 7, 0.95, "relocation")
            if ke and h.kind == "uam" and rng.random() < 0.75:
                add("K-SCI", base + 5, base + 90, 0.95, "child-protection")
            if ke and base < _o(2016, 3, 1) and rng.random() < 0.08:
                add("K-VER", _o(2016, 3, 1), _o(2016, 10, 31), 0.92, "verification")
            if not ke and base < _o(2017, 6, 1) and rng.random() < 0.08:
                add("E-L3", _o(2017, 6, 1), _o(2018, 12, 31), 0.92, "verification")
            if ke and camp == "KAM" and rng.random() < 0.3:
                camp = "HAG" if rng.random() < 0.7 else "IFO"
                add(
                    CAMP_DESK[camp],
                    max(base + 200, _o(2016, 11, 1)),
                    _o(2017, 6, 30),
                    0.9,
                    "relocation",
                    where=camp,
                )
            if rng.random() < 0.04:
                add("K-WFP" if ke else "E-WFP", base + 30, base + 6 * 365, 0.65, "food")
            if rng.random() < 0.025:
                add("K-CASH" if ke else "E-CASH", base + 30, base + 8 * 365, 0.6, "cash")
            hlt = d["K-HLT" if ke else "E-HLT"]
            for m in h.members:
                age = (base - m.dob) / 365.25
                p = (
                    0.04
                    if age < 5
                    else (
                        0.025 if m.sex == "F" and 15 <= age <= 45 else (0.03 if age > 60 else 0.005)
                    )
                )
                if rng.random() < p:
                    day = self._day(hlt, max(base + 10, m.dob + 30), base + 4 * 365)
                    if day is not None:
                        evs.append(Event(hlt, day, [m], "health", camp))
            if rng.random() < 0.015:
                add(
                    "K-NBI" if ke else "E-ADD",
                    base + 180,
                    base + 5 * 365,
                    0.85,
                    "onward",
                    where="NBI" if ke else "ADD",
                )
            if rng.random() < 0.012:
                add(
                    "K-IOM" if ke else "E-IOM",
                    base + 2 * 365,
                    base + 10 * 365,
                    0.95,
                    "resettlement",
                )
            if rng.random() < 0.02:
                add(h.desk, base + 3, base + 120, 0.8, "double", fraud=True)
            if h.cohort in ("old", "2011") and rng.random() < 0.025:
                if rng.random() < 0.6:
                    add(
                        "K-IF2",
                        _o(2022, 8, 1),
                        _o(2024, 10, 31),
                        0.8,
                        "recycle",
                        fraud=rng.random() < 0.5,
                        where="IF2",
                    )
                else:
                    add(
                        "E-DAT",
                        _o(2017, 2, 1),
                        _o(2023, 6, 30),
                        0.8,
                        "recycle",
                        fraud=rng.random() < 0.5,
                        where=rng.choice(ET_CAMPS),
                    )
            if rng.random() < 0.005:
                add(
                    "E-DAT" if ke else "K-HAG",
                    base + 90,
                    base + 5 * 365,
                    0.85,
                    "crossing",
                    where=rng.choice(ET_CAMPS) if ke else "HAG",
                )
        else:
            if rng.random() < 0.12:
                add(h.desk, base + 365, base + 6 * 365, 0.85, "renewal")
            if rng.random() < 0.03:
                add(
                    "K-IOM" if h.camp == "NBI" else "E-IOM",
                    base + 365,
                    base + 8 * 365,
                    0.95,
                    "resettlement",
                )
            if rng.random() < 0.015:
                add(h.desk, base + 3, base + 60, 0.8, "double", fraud=True)
        seen = {id(m) for ev in evs for m in ev.members}
        for m in h.members:
            if id(m) not in seen:
                if h.camp in ("NBI", "ADD"):
                    desk = d[h.desk]
                else:
                    desk = d["K-HLT" if h.country == "KE" else "E-HLT"]
                lo = max(m.dob + 20, base + 15)
                day = self._day(desk, lo, lo + 500) or min(desk.end, lo)
                evs.append(Event(desk, max(day, m.dob), [m], "late", camp))
        for ev in evs:
            if ev.kind == "recycle":
                for m in ev.members:
                    m.trap("recycler")
        return evs

    def _ref(self, desk: Desk, day: int) -> str:
        desk.counter += self.rng.randint(1, 4)
        n = desk.counter
        yy = _year(day) % 100
        r = desk.ref
        if r == "progres":
            return f"{desk.code[2:]}-{yy:02d}C{n % 100000:05d}"
        if r == "dra":
            return f"DRA/DAD/{n:06d}/{yy:02d}"
        if r == "wfp_ke":
            return f"RC{n:07d}"
        if r == "bamba":
            return f"BC-{n * 37:08d}"
        if r == "opd":
            return f"OPD/{n}"
        if r == "uasc":
            return f"UASC-{n % 10000:04d}"
        if r == "nbi":
            return f"NBI-{yy:02d}C{n % 100000:05d}"
        if r == "iom_ke":
            return f"IOM-KE-{n:06d}"
        if r == "arra_transit":
            return f"DAT/{yy:02d}/{n % 100000:05d}"
        if r == "arra":
            return f"{desk.code[2:]}{n:06d}"
        if r == "l3":
            return f"ETH-{yy:02d}-{n:07d}"
        if r == "wfp_et":
            return f"FD/{n:06d}"
        if r == "mrn":
            return f"MRN {n}"
        if r == "drc":
            return f"DRC-{n % 100000:05d}"
        if r == "add":
            return f"ADD-{yy:02d}-{n % 100000:05d}"
        return f"IOM/DOA/{n % 100000:05d}"

    def chain(self, p: Person) -> tuple[str, str, str, str]:
        f = p.fnode
        gf = self.parent(f)
        ggf = self.parent(gf)
        return p.name, self.node_name[f], self.node_name[gf], self.node_name[ggf]

    def _names(
        self, p: Person, clerk: Clerk, fraud: str, tags: list[str]
    ) -> tuple[str, str, str, str]:
        rng = self.rng
        style = clerk.styles.pick(rng)
        if p.olddoc and clerk.docs and style in ("en", "ke") and rng.random() < 0.6:
            style = "it"
        tags.append("style:" + style)
        own, father, gf, ggf = self.chain(p)
        if fraud == "alias":
            own = self._pick((p.sex, _year(p.dob)), None)
            tags.append("fraud:alias")
            p.trap("alias")
        keys: list[str] = [father, gf, ggf]
        if (p.habit == "skip_father" and rng.random() < 0.45) or fraud == "skip_father":
            keys = [gf, ggf, self.node_name[self.parent(self.parent(self.parent(p.fnode)))]]
            tags.append("chain:skip_father")
        parts = clerk.parts if rng.random() > 0.15 else rng.choice((2, 3, 4))
        layout = clerk.layout if rng.random() > clerk.alt_p else clerk.alt_layout
        if fraud == "clan":
            parts = max(parts, 3)
        els = [clerk.spell(rng, NAMES[own], style)]
        for k in keys[: parts - 1]:
            els.append(clerk.spell(rng, NAMES[k], style))
        clan_slot = -1
        if parts >= 3 and ((p.habit == "clan_gf" and rng.random() < 0.5) or fraud == "clan"):
            clan_slot = 2
            tags.append("chain:clan_for_grandfather")
        if clan_slot > 0:
            clan = p.hh.clan
            cf = TOPS[CLAN_TOP[clan]] if clerk.top_clan else CLAN[clan]
            els[clan_slot] = clerk.spell(rng, cf, "so" if style == "so" else "en")
            del els[clan_slot + 1 :]
        split_at: list[int] = []
        if clerk.split != "join" and rng.random() < 0.85:
            for i, k in enumerate((own, *keys[: len(els) - 1])):
                if i < len(els) and i != clan_slot and NAMES[k].compound:
                    new = _split_compound(els[i], clerk.split)
                    if new != els[i]:
                        els[i] = new
                        split_at.append(i)
        if p.title and rng.random() < clerk.title_p:
            els[0] = clerk.spell(rng, NAMES[p.title], style) + " " + els[0]
            tags.append("title")
        nick_mode = ""
        if fraud == "nick_given" and not p.nick:
            p.nick = (NICK_M if p.sex == "M" else NICK_F).pick(rng)
        if p.nick and (fraud == "nick_given" or rng.random() < clerk.nick_p):
            nf = NICKS[p.nick]
            nick = clerk.spell(rng, nf, "so" if style == "so" else "en")
            r = rng.random()
            if fraud == "nick_given" or r < 0.15:
                els[0] = nick
                nick_mode = "nickname_as_given"
                if split_at and split_at[0] == 0:
                    del split_at[0]
                if "title" in tags:
                    tags.remove("title")
            elif r < 0.75:
                els[0] = f"{els[0]} {nick}"
                nick_mode = "nickname_appended"
            else:
                nick_mode = "nickname_as_family"
                els = [els[0], els[1], nick] if len(els) > 1 else [els[0], nick]
            tags.append(nick_mode)
        if split_at:
            tags.append("split_abdi")
        if clerk.particle and len(els) > 1 and style not in ("am",) and rng.random() < 0.5:
            if style == "ar":
                part = "بن" if p.sex == "M" else "بنت"
            elif clerk.particle == "bin":
                part = "bin" if p.sex == "M" else "binti"
            else:
                part = "ina"
            els[1] = f"{part} {els[1]}"
            tags.append("particle")
        given, patr, family = self._layout(layout, els, clerk, p, style, tags)
        if (
            p.husband
            and clerk.husband_p
            and rng.random() < clerk.husband_p
            and nick_mode != "nickname_as_family"
        ):
            family = clerk.spell(rng, NAMES[p.husband], style)
            patr = patr if layout == "std3" else ""
            tags.append("husband_surname")
        how = clerk.case
        if how == "sloppy":
            given = _case(given, rng.choice(("upper", "lower", "title")))
            family = _case(family, rng.choice(("upper", "lower", "title")))
            patr = _case(patr, rng.choice(("upper", "lower", "title")))
            tags.append("case:sloppy")
        elif how != "title":
            given, family, patr = _case(given, how), _case(family, how), _case(patr, how)
            tags.append("case:" + how)
        if rng.random() < clerk.typo * 2:
            which = rng.randrange(3)
            if which == 0 and _latin(given):
                given = _typo(rng, given)
                tags.append("typo")
            elif which == 1 and _latin(family):
                family = _typo(rng, family)
                tags.append("typo")
            elif which == 2 and _latin(patr):
                patr = _typo(rng, patr)
                tags.append("typo")
        return given, family, patr, style

    def _layout(
        self, layout: str, els: list[str], clerk: Clerk, p: Person, style: str, tags: list[str]
    ) -> tuple[str, str, str]:
        rng = self.rng
        tags.append(f"layout:{layout}/{len(els)}")
        if len(els) == 1:
            return els[0], "", els[0]
        if layout == "fam_father":
            return els[0], "", els[1]
        if layout == "family_rest":
            return els[0], "", " ".join(els[1:])
        if layout == "first_middle":
            if len(els) == 2:
                return els[0], "", els[1]
            return f"{els[0]} {els[1]}", "", " ".join(els[2:])
        if layout == "given_chain":
            if rng.random() < 0.3:
                clan = p.hh.clan
                cf = TOPS[CLAN_TOP[clan]] if clerk.top_clan else CLAN[clan]
                tags.append("clan_as_family")
                return " ".join(els), "", clerk.spell(rng, cf, "so" if style == "so" else "en")
            return " ".join(els), "", els[-1]
        if layout == "positional":
            toks = " ".join(els).split()
            if len(toks) == 2:
                return toks[0], "", toks[1]
            return toks[0], toks[1], " ".join(toks[2:])
        if rng.random() < clerk.clan_p:
            clan = p.hh.clan
            cf = TOPS[CLAN_TOP[clan]] if clerk.top_clan else CLAN[clan]
            tags.append("clan_as_family")
            return els[0], els[1], clerk.spell(rng, cf, "so" if style == "so" else "en")
        if len(els) == 2:
            return els[0], "", els[1]
        return els[0], els[1], " ".join(els[2:])

    def _birth(
        self, p: Person, clerk: Clerk, day: int, fraud: str, tags: list[str]
    ) -> tuple[str, int]:
        rng = self.rng
        if rng.random() < clerk.dob_blank:
            tags.append("dob:blank")
            return "", -1
        et = clerk.et
        if p.kind == "card" and fraud != "age":
            if et:
                y, m, dd = to_ethiopic(p.dob)
                tags.append("dob:ethiopian")
            else:
                g = date.fromordinal(p.dob)
                y, m, dd = g.year, g.month, g.day
            if (clerk.dob_mode == "year" and rng.random() < 0.5) or not _valid(y, m, dd):
                tags.append("dob:year_only")
                s = f"{y:04d}"
            elif dd <= 12 and dd != m and rng.random() < clerk.swap:
                tags.append("dob:swapped")
                s = f"{y:04d}-{dd:02d}-{m:02d}"
            else:
                tags.append("dob:full")
                s = f"{y:04d}-{m:02d}-{dd:02d}"
        else:
            if p.kind == "year" and fraud != "age":
                y = _year(p.dob) + p.bias
                if rng.random() < 0.12:
                    y += rng.choice((-1, 1))
                if et and rng.random() < 0.5:
                    y -= 8
                    tags.append("dob:ethiopian")
                tags.append("dob:stated_year")
            else:
                age_days = day - p.dob
                true_age = age_days / 365.2425
                sd = 0.6 if true_age < 15 else (2.0 if true_age < 55 else 4.0)
                age = int(true_age) + p.bias + round(rng.gauss(0, sd))
                if fraud == "age":
                    age += rng.choice((-1, 1)) * rng.randint(3, 8)
                    tags.append("fraud:age")
                if age > 12 and rng.random() < 0.45:
                    age = 5 * round(age / 5)
                elif age > 25 and rng.random() < 0.1:
                    age = 10 * round(age / 10)
                age = max(0, age)
                ey = to_ethiopic(day)[0] if et else _year(day)
                if et:
                    tags.append("dob:ethiopian")
                y = ey - age
                tags.append("dob:from_age")
            mode = clerk.dob_mode
            if mode == "year":
                s = f"{y:04d}"
            elif mode == "jul1":
                s = f"{y:04d}-07-01"
            else:
                s = f"{y:04d}-01-01"
            tags.append("dob:" + mode)
        if rng.random() < clerk.dob_typo:
            yy = s[:4]
            alt = (
                yy[:3] + str((int(yy[3]) + rng.choice((1, 9))) % 10)
                if rng.random() < 0.6
                else yy[:2] + yy[3] + yy[2]
            )
            if 1900 <= int(alt) <= _year(day) and (
                len(s) == 4 or _valid(int(alt), int(s[5:7]), int(s[8:10]))
            ):
                s = alt + s[4:]
                tags.append("dob:typo")
        return s, int(s[:4])

    def _phone(self, p: Person, clerk: Clerk, day: int, tags: list[str]) -> tuple[str, str]:
        rng = self.rng
        if rng.random() < clerk.phone_blank:
            return "", ""
        num = ""
        if p.phone and rng.random() < 0.7:
            num = p.phone
        if not num:
            num = p.hh.phone_at(day)
        if (not num or rng.random() < 0.05) and p.hh.linked is not None:
            other = p.hh.linked.phone_at(day)
            if other and other != num:
                num = other
                tags.append("phone:relative")
        if not num:
            return "", ""
        cc, c = num[:2], num[2:]
        home = clerk.desk.country
        idx = (clerk.phone_home if cc == home else clerk.phone_foreign)[cc]
        if rng.random() < 0.1:
            idx = rng.randrange(6)
        tmpl = PHONE_FORMATS[cc][idx]
        s = tmpl.format(
            c=c, a=c[:3], b=c[3:6], d=c[6:], e=c[3:], f=c[3:5], g=c[5:7], h=c[7:], p=c[:2], q=c[2:]
        )
        if rng.random() < 0.01:
            i = rng.randrange(len(s) - 3, len(s))
            s = s[:i] + s[i + 1 :]
            tags.append("phone:typo")
        return s, num

    def _origin(self, h: Household, clerk: Clerk, style: str, tags: list[str]) -> str:
        rng = self.rng
        mode = clerk.origin.pick(rng)
        if mode == "blank":
            tags.append("origin:blank")
            return ""
        if rng.random() < 0.05:
            f = TRANSIT[rng.randrange(len(TRANSIT))]
            tags.append("origin:transit")
        elif mode == "region":
            f = REGION[DISTRICT_REGION[h.origin]]
            tags.append("origin:region")
        else:
            f = DISTRICT[h.origin]
        st = style if style in ("so", "it") else "en"
        return clerk.spell(rng, f, st)

    def _when(self, day: int, minute: int) -> str:
        s = self.iso.get(day)
        if s is None:
            s = date.fromordinal(day).isoformat()
            self.iso[day] = s
        return f"{s}T{minute // 60:02d}:{minute % 60:02d}"

    def register(self) -> list[Row]:
        rng = self.rng
        rows: list[Row] = []
        for h in self.households:
            for ev in sorted(self._plan(h), key=lambda e: e.day):
                desk = ev.desk
                clerk = desk.clerk_pick.pick(rng)
                ref = self._ref(desk, ev.day)
                site = desk.label(ev.camp)
                minute = rng.randint(8 * 60, 16 * 60)
                for p in ev.members:
                    rows.append(self._record(p, ev, clerk, ref, site, minute))
                    minute = min(minute + rng.randint(1, 6), 23 * 60 + 59)
        return rows

    def _record(self, p: Person, ev: Event, clerk: Clerk, ref: str, site: str, minute: int) -> Row:
        rng = self.rng
        tags: list[str] = []
        fraud = ""
        if ev.fraud and rng.random() < 0.7:
            fraud = FRAUDS.pick(rng) if ev.day - p.dob > 15 * 365 else "age"
        if ev.kind in ("double", "recycle", "renewal"):
            tags.append("event:" + ev.kind)
        given, family, patr, style = self._names(p, clerk, fraud, tags)
        if fraud and fraud not in ("alias", "age"):
            tags.append("fraud:" + fraud)
        r = rng.random()
        if r < clerk.sex_blank:
            sex = ""
            tags.append("sex:blank")
        elif r > 0.997:
            sex = "F" if p.sex == "M" else "M"
            tags.append("sex:wrong")
        else:
            sex = p.sex
        dob, year = self._birth(p, clerk, ev.day, fraud, tags)
        origin = self._origin(p.hh, clerk, style, tags)
        phone, core = self._phone(p, clerk, ev.day, tags)
        if not phone:
            tags.append("phone:none")
        if rng.random() < ev.desk.ref_missing:
            hr = ""
            tags.append("ref:none")
        elif rng.random() < clerk.ref_mangle:
            k = clerk.mangle_kind
            hr = (
                ref.lower()
                if k == "lower"
                else ref.replace("-", "")
                if k == "nodash"
                else ref.replace("-", " ").replace("/", " ")
                if k == "space"
                else re.sub(r"(?<=\D)0+(?=\d)", "", ref)
            )
            tags.append("ref:mangled")
        else:
            hr = ref
        return (
            given,
            family,
            patr,
            sex,
            dob,
            origin,
            phone,
            hr,
            self._when(ev.day, minute),
            site,
            p.pid,
            ev.desk.code,
            clerk.code,
            ";".join(tags),
            core,
            year,
        )

    # ----------------------------------------------------------------- hard cases
    def traps(self, rows: list[Row]) -> None:
        people = self.people
        n = len(people)
        ymin = [99999] * n
        ymax = [-1] * n
        seen_desk: dict[tuple[int, str], int] = {}
        phone_house: dict[str, int] = {}
        for row in rows:
            pid, code, core, year = row[10], row[11], row[14], row[15]
            if year >= 0:
                ymin[pid] = min(ymin[pid], year)
                ymax[pid] = max(ymax[pid], year)
            k = (pid, code)
            seen_desk[k] = seen_desk.get(k, 0) + 1
            if core:
                hid = people[pid].hh.hid
                prev = phone_house.get(core)
                if prev is None:
                    phone_house[core] = hid
                elif prev != hid:
                    phone_house[core] = -1
        for (pid, _code), c in seen_desk.items():
            if c > 1:
                people[pid].trap("same_desk_twice")
        for row in rows:
            core = row[14]
            if core and phone_house[core] == -1:
                people[row[10]].trap("shared_phone")
        for p in people:
            if ymax[p.pid] >= 0 and ymax[p.pid] - ymin[p.pid] >= 2:
                p.trap("birth_year_drift")
        pairs: dict[tuple[str, str, str], list[tuple[int, int]]] = {}
        triples: dict[tuple[str, str, str, str], list[tuple[int, int]]] = {}
        by_gf: dict[int, list[int]] = {}
        node_person: dict[int, Person] = {p.node: p for p in people if p.node >= 0}
        for p in people:
            own, father, gf, _ = self.chain(p)
            pairs.setdefault((own, father, p.sex), []).append((_year(p.dob), p.pid))
            triples.setdefault((own, father, gf, p.sex), []).append((_year(p.dob), p.pid))
            by_gf.setdefault(self.parent(p.fnode), []).append(p.pid)
            if p.sex == "M" and own == gf:
                dad = node_person.get(p.fnode)
                if dad is not None:
                    p.trap("father_son_grandname")
                    dad.trap("father_son_grandname")
        for groups, gap, trap in ((pairs, 2, "namesake"), (triples, 10, "full_namesake")):
            for group in groups.values():
                if len(group) < 2:
                    continue
                group.sort()
                for (y1, a), (y2, b) in zip(group, group[1:], strict=False):
                    if y2 - y1 <= gap:
                        people[a].trap(trap)
                        people[b].trap(trap)
        for pids in by_gf.values():
            if len(pids) > 1 and len({people[i].fnode for i in pids}) > 1:
                for i in pids:
                    people[i].trap("cousins")
        same_name: dict[tuple[int, str], int] = {}
        for p in people:
            k2 = (p.fnode, p.name)
            same_name[k2] = same_name.get(k2, 0) + 1
        for p in people:
            if p.traps and "half_sibling" in p.traps and same_name[(p.fnode, p.name)] > 1:
                p.trap("half_sibling_namesake")


def write(out: Path, world: World, rows: list[Row], explain: bool) -> tuple[int, float]:
    out.mkdir(parents=True, exist_ok=True)
    rng = world.rng
    rng.shuffle(rows)
    width = max(7, len(str(len(rows))))
    pwidth = max(7, len(str(len(world.people))))
    counts = [0] * len(world.people)
    with (
        (out / "records.csv").open("w", newline="", encoding="utf-8") as fr,
        (out / "truth.csv").open("w", newline="", encoding="utf-8") as ft,
    ):
        wr = csv.writer(fr, lineterminator="\n")
        wt = csv.writer(ft, lineterminator="\n")
        wr.writerow(HEADER)
        wt.writerow(("record_id", "person_id"))
        for i, row in enumerate(rows):
            rid = f"S{i + 1:0{width}d}"
            wr.writerow((rid, *row[:10]))
            wt.writerow((rid, f"P{row[10] + 1:0{pwidth}d}"))
            counts[row[10]] += 1
    if explain:
        with (out / "why.csv").open("w", newline="", encoding="utf-8") as fw:
            ww = csv.writer(fw, lineterminator="\n")
            ww.writerow(
                ("record_id", "person_id", "household_id", "desk", "clerk", "tags", "traps")
            )
            people = world.people
            for i, row in enumerate(rows):
                p = people[row[10]]
                ww.writerow(
                    (
                        f"S{i + 1:0{width}d}",
                        f"P{row[10] + 1:0{pwidth}d}",
                        f"H{p.hh.hid:06d}",
                        row[11],
                        row[12],
                        row[13],
                        ";".join(p.traps or ()),
                    )
                )
    twice = sum(1 for c in counts if c >= 2)
    return len(rows), twice / max(1, len(counts))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--people", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=131)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--explain", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    world = World(args.seed)
    world.build(args.people)
    rows = world.register()
    if args.explain:
        world.traps(rows)
    n_rows, share = write(args.out, world, rows, args.explain)
    print(
        f"thirteenth_hands: people={len(world.people)} households={len(world.households)} "
        f"records={n_rows} registered_twice_or_more={share:.1%} seed={args.seed} "
        f"seconds={time.perf_counter() - t0:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
