"""Twelfth hands: a synthetic multi-agency registry of Sudanese who fled the war of April 2023.

An independent benchmark generator for record linkage.  It was written without looking at the
engine it tests (its source, its documentation and its tests were not read) and is not tuned to
it.  It only knows the interchange format.  Standard library only.

THE WORLD
Households flee the war that began in Khartoum on 15 April 2023: from Khartoum, Omdurman and
Bahri (heaviest in April-June 2023), West Darfur (El Geneina, Ardamata, Kreinik, Beida;
peaks in June and November 2023), Central, South, East and North Darfur (El Fasher and the
Zamzam/Abu Shouk camps, 2024-25), Gezira (Wad Madani, after December 2023), Kordofan, White Nile,
Sennar (June 2024) and Blue Nile.  Some Khartoum families first fled to Gezira, White Nile or
Sennar and fled again (second displacement: origin given as either place).  8 % of households
are South Sudanese returnees from Khartoum and the White Nile camps (Dinka, Nuer, Shilluk and
Christian names, their Arabic spellings with ق for g), whose IOM records often give their home
county in South Sudan instead.  Where they were registered (desk = site + agency, 31 desks):
  * Chad: UNHCR/CNARR emergency registration at Adré, Tiné and Tissi, then relocation and a
    second (proGres) registration in Farchana, Metche, Aboutengue, Arkoum, Alacha, Ourang or
    Touloum; WFP distribution lists at Adré; a few move on to Libya (Kufra);
  * Egypt: Egyptian Red Crescent at the Qustul crossing, UNHCR Aswan, then a UNHCR Cairo (or
    Alexandria) appointment months later, an NGO (StARS) in Cairo;
  * South Sudan: IOM flow monitoring at Joda, Renk transit centre (IOM for returnees,
    UNHCR/CRA for refugees), IOM onward transport lists at Malakal, Gorom, Juba and Maban;
  * Ethiopia: RRS/UNHCR at Metema (Gallabat crossing) and Kurmuk, the Kumer, Afteet and Awlala
    camps;  Libya: IOM/Libyan Red Crescent at Kufra, UNHCR in Benghazi and Tripoli.
Desks keep hours and weekends (Friday-Saturday in Egypt and Libya), border desks work every day;
members of a household are registered a few minutes apart by one clerk.

PEOPLE
Every person has a chain of names: given, father, grandfather, great-grandfather (Sudanese
four-part name, "الاسم رباعي"), and sometimes a family name (Al-Mahdi, Abushama, Elkhalifa, a
notable ancestor; 22 % of Nile families, 5 % in Darfur) and a tribe (Masalit, Fur, Zaghawa,
Rizeigat, Tama, Gimir, Erenga, Berti, Jaali, Shaigiya, Nuba, Misseriya ...).  A son's chain is
his father's shifted by one; 12 % of first sons are named after their grandfather (Mohamed
Ahmed Mohamed); women keep their father's chain for life.  Names are drawn with Darfur or Nile
frequencies (Adam, Abakar, Haroun, Ishag, Hawa, Fatna, Kaltoum in Darfur; Elsadig, Eltayeb,
Babiker, Mawahib, Malaz on the Nile; Mohamed about 12 % of men everywhere).  Households: a man
with one to three wives (polygamy 20 % of married men over 30 in Darfur, 8 % elsewhere; half of
the co-wives are registered as households of their own), many children (twins: Hassan and
Hussein, Eltom and Eltoma, Adam and Hawa), 45 % in Chad and 25 % elsewhere headed by a woman
whose husband stayed, died or went elsewhere; his mother, unmarried brother or sister, orphans
of a dead brother, a grandchild; 20 % of wives are paternal cousins (same grandfather); young
men alone (45 % of households registered in Libya, 12 % in Egypt); 1.2 % unaccompanied or
separated children.  One household head in five is the brother, cousin or grown son of an
earlier head from the same town.  Documents: a Sudanese national number card or passport (60 %
of Nile adults, 18 % in Darfur; 72 % still carry it), vaccination cards for small children.
Phones: a Sudanese SIM (+249 9x/1x; 45 % lost), later a Chadian (+235, 8 digits), Egyptian
(+20 1x), South Sudanese (+211), Ethiopian (+251) or Libyan (+218) SIM; often a relative's.

CLERKS AND HABITS
Each desk has 2-6 clerks with fixed habits drawn once: a script and spelling (Arabic script;
Chadian French: Mahamat, Ahmat, Adoum, Abakar, Brahim, Issakha, Hissein, Djibrine, Achta,
Khadidja, Fatimé, Zénaba, Halimé; Egyptian English: Mohamed, Abdel Rahman, Abd El Kader, Gamal,
Khadiga; Sudanese passport romanisation: Elsadig, Abdelgadir, Babiker; UN English; Ethiopian:
Abdella, Hussen, Kedir, Mustefa; South Sudanese by ear), a preferred spelling per name, capitals,
where the chain goes (given/father as patronymic/grandfather as family; father as family "NOM"
Chadian style; the whole chain in the given-name field; given + rest as family; father as
family, grandfather dropped; family name or tribe in the family field), how many names they
take (2, 3 or 4), what they put in an empty family field (tribe, "-", NIL, NEANT, لا يوجد, the
last name repeated), Arabic keyboard habits (hamza dropped أحمد/احمد, ة/ه, ى/ي and Egyptian final
ى for ي, عبد الله/عبدالله joined or spaced, not always consistent), how they write an unknown
day (year only, 1 January, 1 July), phone format (+CC, 0-trunk, 00CC, CC), day/month swaps,
Ethiopian-calendar years, Arabic-Indic digits.  Passports and ID cards are copied when carried.

RATES (share of records; first figure at 100 000 people with seed 121, in brackets the range
over seeds 1-6 at 20 000 people.  Habits belong to clerks, so the mix shifts with the draw.)
  People with two or more records 19.0 % (18.4-19.1), three or more 1.4 % (1.1-1.7), records
  per person 1.20.  Records by country: Chad 37 %, South Sudan 27 %, Egypt 24 %, Ethiopia 6 %,
  Libya 5 %.  Registered again at the same desk 0.9 %.
  Script and spelling: Arabic script 15 % (8-29), Chadian French 34 % (22-35), South Sudanese
  by ear 19 % (11-20), Egyptian English 12 % (5-17), UN English 12 % (5-23), Ethiopian 6 %
  (4-6), Sudanese passport romanisation 3 % (1-10); all capitals 37 % (23-32), family name only
  in capitals 17 % (4-17).  Spelled by ear on the day (another spelling or a sound change)
  23 % (18-28); typo in a name field 4.4 % (3.4-3.9); nickname (Hamouda, Mido, Abdo, Fatoum)
  0.6 %; chain shifted by one (father's name in the given-name field) 0.44 %; given and family
  swapped 0.8 % (0.5-0.8); grandfather dropped by chance 2.2 %.
  Chain taken: 2 names 19 % (9-33), 3 names 62 % (52-75), 4 names 19 % (7-22).  Placement:
  given/father/grandfather 53 % (43-46), given + rest as family 22 % (9-19), whole chain in
  given 10 % (12-20), father as family (Chad NOM) 5 % (4-27), family name or grandfather 10 %
  (0.2-19), other 0.7 %.  Family field: a real family name 2 % (1.4-4), tribe 3 % (2-10),
  placeholder 6 % (4.5-19), last name repeated 10 % (3-10), husband's name for a wife 0.6 %,
  mother's father for a child 1.1 %.  Patronymic empty 34 % (23-43).
  Birth date: exact 34 % (33-34; day misremembered 0.6 %, day/month swapped 0.2 %), year
  known 31 %, from a stated age heaped on 0 and 5 34 % (re-estimated at 35 % of later
  registrations); unknown parts as year only 33 % (16-32), 1 January 26 % (28-43), 1 July 6 %
  (5-15); Ethiopian-calendar year 0.2 %; missing 1.4 %.  Sex missing 2 %, wrong 0.2 %.
  Phone empty 62 % (not asked 32 %, none 31 %); own Sudanese 8 %, old (lost) Sudanese 2 %, a
  relative's 21 %, own host-country SIM 6 %; Arabic-Indic digits 0.25 %; digit typo 0.4 %.
  Origin: locality 55 % (37-47), locality and state 16 % (12-35), state 9 % (12-21),
  neighbourhood or camp 8 % (11-22), "Sudan" 0.6 %, empty 12 % (2.4-6); the place of second
  refuge 1.8 %, the home county in South Sudan 5.6 %.  Household reference missing 19 %, a
  member given a reference of their own 0.5 %.

TRAPS (why.csv, per person; share of people at 100 000): father_registered 46 %, brothers 34 %
(same father and grandfather, close years), siblings, cousins_share_grandfather 22 %, namesake
40 % (same given, father's and grandfather's name, different father; 16 % at 20 000),
child_registered 10 %, twin 2.5 %, co_wife 2.5 % (co_wife_own_household 0.7 %),
polygamous 1.1 %, cousin_marriage 3 %, named_after_grandfather 2.6 %, brothers_apart /
cousins_apart / son_of_other_head (heads of different households), husband_absent 5 %,
unaccompanied 0.4 %, born_in_exile 0.5 % (only in later registrations), returnee_ss 8 %,
second_displacement 7 %, onward_libya 0.8 %.

OUTPUT
  DIR/records.csv  the interchange format (record_id,given_name,family_name,patronymic,sex,
                   birth_date,origin,phone,household_ref,registered_at,site); given_name and
                   family_name are never empty (a clerk's placeholder stands in)
  DIR/truth.csv    record_id,person_id
  DIR/why.csv      (with --explain) record_id,person_id,household_id,desk,clerk,tags,traps
Record ids are assigned after shuffling and say nothing about the person.  Output is
deterministic for a given seed.

    python bench/twelfth_hands.py --people 100000 --seed 121 --out DIR --explain
"""

from __future__ import annotations

import argparse
import bisect
import csv
import os
import random
import re
import time
from datetime import date, timedelta

START = date(2023, 4, 15)
END = date(2025, 6, 30)

# --------------------------------------------------------------------------------------------
# Lexicon.  One row per name: key | weight in Darfur | weight on the Nile (Khartoum, Gezira,
# White Nile, Sennar) | Arabic (alternatives after /) | Latin as Sudanese, UN and English desks
# write it | Chadian French | Egyptian English | Ethiopian.  Earlier spellings are preferred;
# a spelling repeated is a spelling weighted.  Empty cells fall back to rules.  Indented lines
# continue the row above.
# --------------------------------------------------------------------------------------------

MALE_TXT = """
mohamed|110|130|محمد|Mohamed,Mohamed,Mohammed,Muhammad,Mohamad
    |Mahamat,Mahamat,Mouhamed,Mohamed,Mht|Mohamed,Mohammed,Mohamad|Mohammed,Mohamed,Muhammed
ahmed|45|55|أحمد|Ahmed,Ahmed,Ahmad|Ahmat,Ahmed,Amat,Ahmad|Ahmed|Ahmed,Ahmad
adam|60|15|آدم|Adam,Adam,Adem|Adoum,Adam,Adoum|Adam|Adem,Adam
abdalla|30|35|عبد الله|Abdalla,Abdallah,Abdullah,Abdulla|Abdallah,Abdoulaye,Abdalla
    |Abdallah,Abdullah,Abd Allah|Abdella,Abdulla,Abdullahi
ibrahim|35|30|إبراهيم|Ibrahim,Ibrahim,Ibraheem,Ebrahim|Brahim,Ibrahim,Ibrahima|Ibrahim,Ebrahim
    |Ibrahim
osman|25|35|عثمان|Osman,Osman,Othman,Usman,Uthman|Ousmane,Outhman,Oussman,Otman|Osman,Othman
    |Osman,Usman
ali|28|30|علي|Ali,Ali,Aly|Ali|Aly,Ali|Ali
yousif|20|25|يوسف|Yousif,Yousif,Yousef,Yusuf,Yousuf|Youssouf,Youssef|Youssef,Yousef,Yousif
    |Yusuf,Yesuf
hassan|22|25|حسن|Hassan,Hasan|Hassane,Hassan,Assane|Hassan,Hasan|Hassen,Hassan
hussein|18|22|حسين|Hussein,Hussain,Hussien,Husein|Hissein,Hissène,Houssein|Hussein,Hussien
    |Hussen,Hussien
omer|20|30|عمر|Omer,Omer,Omar,Umar|Oumar,Omar|Omar,Omer|Umer,Omar
abakar|35|4|أبكر|Abakar,Abaker,Abbakar,Abker|Abakar,Abakar,Abbakar|Abakar|Abeker,Abakar
abubakr|8|10|أبو بكر|Abubakr,Abubaker,Abu Bakr,Abubakar|Aboubakar,Abakar|Abu Bakr,Aboubakr
    |Abubeker,Abubaker
haroun|18|4|هارون|Haroun,Harun,Haron|Haroun,Haroun,Harouna|Haroun|Harun
idris|15|10|إدريس|Idris,Idris,Idrees,Edris|Idriss,Idriss,Idrisse|Idris,Edris|Idris,Edris
ishag|20|6|إسحاق|Ishag,Ishaq,Ishaag,Eshag|Issakha,Ishak,Ishaga|Ishaq,Ishak|Ishak
yagoub|18|8|يعقوب|Yagoub,Yagoub,Yacoub,Yaqub,Yagub|Yacoub,Yakoub|Yacoub,Yaqoub|Yakob,Yakub
musa|22|15|موسى|Musa,Musa,Mousa,Moussa,Mosa|Moussa|Moussa,Mousa,Mossa|Musa
issa|18|10|عيسى|Issa,Eisa,Isa,Essa|Issa|Eissa,Essa,Issa|Isa,Issa
suleiman|16|12|سليمان|Suleiman,Sulieman,Sulaiman,Soliman|Souleymane,Souleyman,Sileymane
    |Soliman,Suleiman,Sleiman|Suleyman,Sulaiman
khamis|15|4|خميس|Khamis,Khamees|Khamis,Kamis|Khamis|Hamis,Khamis
juma|14|5|جمعة|Juma,Jumaa,Juma'a,Gumaa|Djouma,Djoumma|Gomaa,Gumaa|Juma
hamid|12|10|حامد|Hamid,Hamed|Hamid,Hamit|Hamed,Hamid|Hamid
abdelaziz|10|12|عبد العزيز|Abdelaziz,Abdalaziz,Abdel Aziz,Abdulaziz|Abdelaziz,Abdelazize
    |Abdel Aziz,Abd El Aziz,Abdelaziz|Abdulaziz
abdelkarim|12|10|عبد الكريم|Abdelkarim,Abdalkarim,Abdelkareem,Abdel Karim
    |Abdelkerim,Abdelkérim,Abdelkarim|Abdel Karim,Abd El Karim|Abdulkerim
abdelrahman|14|25|عبد الرحمن|Abdelrahman,Abdalrahman,Abdel Rahman,Abdulrahman,Abdurrahman
    |Abderahmane,Abdramane,Abderaman,Abdelrahmane
    |Abdel Rahman,Abdelrahman,Abd El Rahman,Abd Al-Rahman|Abdurahman,Abdulrahman
abdelgadir|10|12|عبد القادر|Abdelgadir,Abdalgadir,Abdelgader,Abdel Gadir,Abdelqadir
    |Abdelkader,Abdelkadre|Abdel Kader,Abdelkader,Abd El Qader|Abdulkadir,Abdulkedir
abdelrahim|9|8|عبد الرحيم|Abdelrahim,Abdalrahim,Abdelraheem,Abdel Rahim
    |Abderahim,Abdérahim,Abdelrahim|Abdel Rahim,Abd El Rehim|Abdurahim
mustafa|8|14|مصطفى|Mustafa,Mustafa,Mostafa,Moustafa|Moustapha,Mustapha,Moustafa
    |Mostafa,Moustafa|Mustefa,Mustafa
salih|14|10|صالح|Salih,Saleh,Salih|Saleh,Salé|Saleh|Salih
yahya|10|8|يحيى|Yahya,Yahia,Yehia|Yaya,Yahya|Yehia,Yahia|Yahya
bashir|10|10|بشير|Bashir,Basheer,Beshir|Béchir,Bechir,Bachir|Bashir,Beshir|Beshir
hamza|6|10|حمزة|Hamza,Hamzah|Hamza|Hamza|Hamza
khalid|7|14|خالد|Khalid,Khalid,Khaled|Khalid,Kaled|Khaled|Kalid,Khalid
tarig|3|10|طارق|Tarig,Tariq,Tarik|Tarik|Tarek|Tarik
jamal|4|8|جمال|Jamal,Gamal|Djamal,Jamal|Gamal|Jemal
ismail|10|10|إسماعيل|Ismail,Ismail,Ismael,Esmail|Ismaël,Ismail,Ismaïl|Ismail,Esmail|Ismail
daoud|9|4|داود|Daoud,Dawood,Dawud,Daud|Daoud,Daouda|Daoud,Dawood|Dawud
zakaria|10|6|زكريا|Zakaria,Zakariya,Zakria|Zakaria,Zakariya|Zakaria,Zakareya|Zekarias,Zakaria
hashim|4|7|هاشم|Hashim,Hashem|Hachim,Achim|Hashem|Hashim
elnour|8|8|النور|Elnour,Alnour,El Nour,Al-Nur,Elnur|Annour,Anour,Alnour|El Nour,Elnour
    |Nuru,Elnur
bakhit|7|3|بخيت|Bakhit,Bakheet|Bakhit,Bakit|Bekhit|Bekhit
arbab|5|1|أرباب|Arbab|Arbab|Arbab|Arbab
abdelmajid|5|4|عبد المجيد|Abdelmajid,Abdalmajeed,Abdel Majid|Abdelmadjid,Abdelmadjide
    |Abdel Meguid,Abd El Magid|Abdulmejid
babiker|5|14|بابكر|Babiker,Babikir,Babikr,Babakir|Babikir,Babakar|Babiker|Babiker
elsadig|3|12|الصادق|Elsadig,Alsadig,El Sadig,Elsadiq,Al-Sadiq|Essadig,Sadick,Assadick
    |El Sadek,Elsadek,Al Sadek|Sadik
eltayeb|4|12|الطيب|Eltayeb,Altayeb,El Tayeb,Al-Tayyib|Tayeb,Ettayeb|El Tayeb,Eltayeb|Tayib
elfatih|2|8|الفاتح|Elfatih,Alfatih,El Fatih,Elfateh|Alfatih,Fatih|El Fateh,Elfateh|Fatih
elamin|5|12|الأمين|Elamin,Alamin,El Amin,Al-Amin|Alamine,Lamine,Al-Amine|El Amin,Elamin|Amin
elhadi|3|6|الهادي|Elhadi,Alhadi,El Hadi|Alhadi,Hadi|El Hady,Elhady|Hadi
elhag|4|6|الحاج|Elhag,Alhag,El Hag,Elhaj,Alhaj|Alhadji,Hadji|El Hag,Elhag|Haji
mahmoud|6|12|محمود|Mahmoud,Mahmud,Mahmood|Mahamoud,Mahmoud|Mahmoud|Mahmud
siddig|5|9|صديق|Siddig,Siddiq,Seddig,Sidig|Sidick,Siddick|Seddik,Sedik|Sidik
fadul|9|3|فضل|Fadul,Fadl,Fadol,Fadil|Fadoul,Fadoul,Fadil|Fadl|Fedlu
hamdan|6|3|حمدان|Hamdan|Hamdane,Hamdan|Hamdan|Hemdan
jibril|7|4|جبريل|Jibril,Gibreel,Jibreel,Gibril|Djibrine,Djibril|Gebril,Gibril|Jibril
nasreldin|4|6|نصر الدين|Nasreldin,Nasr Eldin,Nasraldeen,Nasreldeen|Nasradine,Nasreddine
    |Nasr El Din,Nasr Eldin|Nesredin
kamal|3|8|كمال|Kamal|Kamal|Kamal|Kemal
salaheldin|3|7|صلاح الدين|Salaheldin,Salah Eldin,Salahaldeen,Salah Aldin
    |Salahadine,Salahaddine|Salah El Din,Salah Eldin|Selahadin
mubarak|5|5|مبارك|Mubarak,Mubark,Mobarak|Moubarak|Mobarak,Mubarak|Mubarek
hassaballa|5|2|حسب الله|Hassaballa,Hasaballa,Hasab Alla,Hassaballah
    |Hassaballah,Assaballah,Hassabal|Hasab Allah|Hasebela
ayoub|3|4|أيوب|Ayoub,Ayoub,Ayub|Ayoub|Ayoub|Ayub
yasir|3|9|ياسر|Yasir,Yasser,Yassir|Yasser|Yasser|Yasir
hamad|5|6|حمد|Hamad|Hamad|Hamad|Hamad
mohamedein|4|3|محمدين|Mohamedein,Mohammedain,Mohamadain|Mahamadaine|Mohamedein|Mohamedin
elsir|2|6|السر|Elsir,Alsir,El Sir|Assir|El Ser,Elser|Sir
eltahir|5|7|الطاهر|Eltahir,Altahir,El Tahir,Eltaher|Tahir,Ettahir|El Taher,Eltaher|Tahir
abdelmoneim|2|8|عبد المنعم|Abdelmoneim,Abdelmonim,Abdel Moneim,Abdalmunim|Abdelmoneim
    |Abdel Moneim,Abd El Moneim|Abdulmunim
osama|2|8|أسامة|Osama,Usama,Osamah|Oussama|Osama|Usama
nasir|4|5|ناصر|Nasir,Nasser,Naser|Nasser|Nasser|Nasir
abdelhamid|5|5|عبد الحميد|Abdelhamid,Abdalhameed,Abdel Hamid|Abdelhamid,Abdelhamit
    |Abdel Hamid,Abd El Hamid|Abdulhamid
eltijani|4|6|التجاني|Eltijani,Altigani,Eltigani,El Tijani|Tidjani,Tidjane|El Tigany,El Tigani
    |Tijani
abdelbagi|2|5|عبد الباقي|Abdelbagi,Abdalbagi,Abdelbaqi,Abdel Bagi|Abdelbaki
    |Abdel Baky,Abdel Baki|Abdulbaki
elmahdi|3|5|المهدي|Elmahdi,Almahdi,El Mahdi,Mahdi|Mahadi,Almahadi|El Mahdy,Elmahdy|Mehdi
ramadan|6|5|رمضان|Ramadan,Ramadhan|Ramadane,Ramadan|Ramadan|Remedan
abdelwahab|2|5|عبد الوهاب|Abdelwahab,Abdalwahab,Abdel Wahab|Abdelwahab
    |Abdel Wahab,Abd El Wahab|Abdulwehab
nimir|3|2|نمر|Nimir,Nimr,Nemir|Nimir|Nemr|Nimir
bushara|7|3|بشارة|Bushara,Beshara,Bushra|Bichara,Bichara|Beshara|Bushera
younis|8|4|يونس|Younis,Yunis,Younes|Younous,Younouss|Younes|Yunus
taha|2|6|طه|Taha|Taha|Taha|Taha
saddam|3|3|صدام|Saddam,Sadam|Saddam|Saddam|Sadam
mohanad|1|6|مهند|Mohanad,Muhannad,Mohannad|Mouhannad|Mohannad|Muhanad
anas|1|5|أنس|Anas|Anas|Anas|Anas
eltom|2|2|التوم|Eltom,Altom,El Tom,Eltoum|Attom,Ettom|El Tom|Tom
"""

FEMALE_TXT = """
fatima|70|60|فاطمة|Fatima,Fatima,Fatma,Fatuma|Fatimé,Fatime,Fatouma,Fatima|Fatma,Fatima
    |Fatuma,Fatima
aisha|40|35|عائشة/عايشة|Aisha,Aysha,Aesha,Asha|Achta,Aicha,Aïcha,Achta|Aisha,Aysha|Aysha,Eysha
khadija|35|30|خديجة|Khadija,Khadiga,Khadeeja|Khadidja,Khadidja,Kadidja|Khadiga,Khadija
    |Kedija,Hadija
hawa|50|15|حواء|Hawa,Hawa,Hawaa,Howa|Hawa,Haoua,Hawa|Hawa|Hawa
mariam|25|25|مريم|Mariam,Maryam,Meriam|Mariam,Mariame,Mariam|Mariam,Maryam|Meryem,Mariam
amna|22|25|آمنة|Amna,Amna,Aamna,Amina|Amné,Amna,Amina|Amna,Amena|Amina
zeinab|20|20|زينب|Zeinab,Zainab,Zaynab,Zenab|Zénaba,Zenaba,Zeinaba|Zeinab,Zainab|Zeyneb
halima|22|10|حليمة|Halima,Haleema|Halimé,Halime,Halima|Halima|Halima
zahra|12|10|زهرة|Zahra,Zahara,Zahraa|Zara,Zahra,Zarah|Zahraa,Zahra|Zehra
asma|8|15|أسماء|Asma,Asmaa|Asma|Asmaa,Asma|Asma
sara|6|18|سارة|Sara,Sarah|Sarah,Sara|Sara,Sarah|Sara
hajar|10|8|هاجر|Hajar,Hagar,Hajer|Hadjar,Hadjer|Hagar,Hager|Hajer
safia|8|8|صفية|Safia,Safiya,Safiyya|Safia,Safié|Safeya,Safia|Safiya
nafisa|7|8|نفيسة|Nafisa,Nafeesa|Nafissa|Nafisa,Nafeesa|Nefisa
fatna|14|1|فاطنة|Fatna,Fatna|Fatné,Fatna|Fatna|Fatna
kaltoum|14|5|كلتوم|Kaltoum,Kaltuma,Kaltum|Kaltouma,Kaltoumé|Kalthoum,Kolthoum|Kaltum
salma|6|10|سلمى|Salma,Selma|Salma|Salma|Selma
huda|5|12|هدى|Huda,Hoda|Houda|Hoda|Huda
sumaya|5|10|سمية|Sumaya,Somaya,Sumaia,Sumayya|Soumaya,Soumaïa|Somaya,Sommaya|Sumeya
amal|5|10|أمل|Amal|Amal|Amal|Amal
samira|4|8|سميرة|Samira,Sameera|Samira|Samira,Samera|Samira
hanan|3|8|حنان|Hanan|Hanane|Hanan|Henan
nusiba|3|8|نسيبة|Nusiba,Nuseiba,Nuseba|Noussiba|Nosseiba|Nusiba
mawahib|2|6|مواهب|Mawahib,Mawaheb|Mawahib|Mawaheb|Mewahib
ikhlas|3|6|إخلاص|Ikhlas,Ekhlas|Ikhlass|Ekhlas|Ikhlas
igbal|3|6|إقبال|Igbal,Iqbal,Egbal|Ikbal|Eqbal,Ekbal|Ikbal
awadia|4|5|عوضية|Awadia,Awadiya|Aouadia|Awadeya|Awadiya
suad|3|7|سعاد|Suad,Soad,Souad|Souad|Soad|Suad
tahani|1|6|تهاني|Tahani|Tahani|Tahany,Tahani|Tahani
rawda|3|5|روضة|Rawda,Rawdha|Raouda|Rawda|Rewda
hiba|2|7|هبة|Hiba,Heba|Hiba|Heba|Hiba
malaz|1|5|ملاذ|Malaz|Malaz|Malaz|Melaz
reem|2|7|ريم|Reem,Rim|Rim|Reem|Rim
zamzam|7|2|زمزم|Zamzam|Zamzam|Zamzam|Zemzem
nadia|3|6|نادية|Nadia,Nadya|Nadia|Nadia|Nadia
mona|3|7|منى|Mona,Muna|Mouna|Mona|Muna
asia|4|4|آسيا|Asia,Asya,Assia|Assia|Asia|Asiya
sadia|6|4|سعدية|Sadia,Saadia,Saadiya|Saadié,Saadia|Saadeya|Sadiya
rahma|7|4|رحمة|Rahma|Rahma,Rahmé|Rahma|Rehma
makka|6|1|مكة|Makka,Mecca,Maka|Makka|Makka|Meka
hajja|6|2|حاجة|Hajja,Hagga,Haja|Hadjé,Hadje|Hagga|Haja
tasneem|1|5|تسنيم|Tasneem,Tasnim|Tasnim|Tasneem|Tesnim
rayan|1|5|ريان|Rayan,Rayyan|Rayane|Rayan|Reyan
ihsan|3|4|إحسان|Ihsan,Ehsan|Ihssane|Ehsan|Ihsan
nasra|5|2|نصرة|Nasra|Nasra|Nasra|Nesra
khamisa|6|1|خميسة|Khamisa|Khamissa|Khamisa|Hamisa
amira|2|5|أميرة|Amira,Ameera|Amira|Amira|Amira
marwa|1|5|مروة|Marwa|Marwa|Marwa|Merwa
eltoma|1|1|التومة|Eltoma,Altoma,El Toma|Attoma|El Toma|Toma
"""

# Nicknames: never drawn as names, only said at the desk instead of the name.
NICK_TXT = """
hamouda|0|0|حمودة|Hamouda,Hamuda,Hamoda|Hamouda|Hamouda|Hamuda
mido|0|0|ميدو|Mido|Mido|Mido|Mido
abdo|0|0|عبده|Abdo,Abdu,Abdou|Abdou|Abdo,Abdou|Abdu
fatoum|0|0|فطوم|Fatoum,Fatoom,Fattoum|Fatoum|Fattoum|Fatum
shosho|0|0|شوشو|Shosho,Shusho|Chocho|Shosho|Shosho
"""
NICKS = {
    "mohamed": ("hamouda", "mido"),
    "ahmed": ("hamouda",),
    "abdelrahman": ("abdo",),
    "abdalla": ("abdo",),
    "abdelgadir": ("abdo",),
    "fatima": ("fatoum",),
    "aisha": ("shosho",),
}
MODERN = {"mohanad", "anas", "saddam", "tasneem", "rayan", "malaz", "marwa", "reem", "hiba"}

# Family and tribal names: key | Arabic | Latin | French | Egyptian | Ethiopian
FAMILY_TXT = """
almahdi|المهدي|Al-Mahdi,Elmahdi,El Mahdi|Al-Mahdi,Almahadi|El Mahdy|Almahdi
mirghani|الميرغني|Elmirghani,Al-Mirghani,Mirghani|Mirghani|El Merghany|Mirghani
elsheikh|الشيخ|Elsheikh,Alsheikh,El Sheikh|Cheikh,Alcheikh|El Sheikh|Sheik
elfaki|الفكي|Elfaki,Alfaki,El Feki|Alfaki,Faki|El Feky|Faki
abushama|أبو شامة|Abushama,Abu Shama|Abouchama|Abu Shama|Abushama
elkhalifa|الخليفة|Elkhalifa,Al-Khalifa,El Khalifa|Khalifa|El Khalifa|Kelifa
hassabo|حسبو|Hassabo,Hasabo|Hassabo|Hassabo|Hasebo
daldoum|دلدوم|Daldoum,Daldum|Daldoum|Daldoum|Daldum
dinar|دينار|Dinar|Dinar|Dinar|Dinar
bahareldin|بحر الدين|Bahreldin,Bahar Eldin,Bahr Al-Din|Bahar Eddine,Bahreddine|Bahr El Din
    |Bahredin
elbashir|البشير|Elbashir,Al-Bashir,El Bashir|Albachir|El Beshir|Beshir
elzubeir|الزبير|Elzubeir,Alzubair,El Zubeir|Zoubeir|El Zobeir|Zubeyr
nimeiri|نميري|Nimeiri,Numeiri,Nimairi|Nimeiri|Nemeiry|Nimeri
elsharif|الشريف|Elsharif,Al-Sharif,El Sharif|Charif|El Sherif|Sherif
masalit|المساليت|Masalit,Massalit,Masaleet|Massalit,Massalite|Masalit|Mesalit
fur|الفور|Fur,Four,Foor|Four,Fur|Fur|Fur
zaghawa|الزغاوة|Zaghawa,Zagawa|Zaghawa,Zakhawa|Zaghawa|Zegawa
rizeigat|الرزيقات|Rizeigat,Rezeigat,Rizaigat|Rizeigat|Rezeigat|Rizeygat
tama|التاما|Tama|Tama|Tama|Tama
gimir|القمر|Gimir,Gimr|Guimir|Gimir|Gimir
berti|البرتي|Berti|Berti|Berti|Berti
misseriya|المسيرية|Misseriya,Messiria,Misiriya|Missiriés|Messeriya|Misiriya
hawazma|الحوازمة|Hawazma|Haouazma|Hawazma|Hawazma
nuba|النوبة|Nuba|Nouba|Nuba|Nuba
shaigiya|الشايقية|Shaigiya,Shayqiyya|Chaiguia|Shaygeya|Shaygiya
jaali|الجعلي|Jaali,Ja'ali,Jaaliyin|Djaali|Gaaly|Jaali
daju|الداجو|Daju,Dajo|Dadjo|Dago|Daju
benihalba|بني هلبة|Beni Halba,Bani Halba|Beni Halba|Bani Halba|Beni Helba
salamat|السلامات|Salamat|Salamat|Salamat|Selamat
erenga|الإرنقا|Erenga,Irenga|Erenga|Erenga|Erenga
"""
FAMILIES = [
    "almahdi", "mirghani", "elsheikh", "elfaki", "abushama", "elkhalifa", "hassabo",
    "daldoum", "dinar", "bahareldin", "elbashir", "elzubeir", "nimeiri", "elsharif",
]  # fmt: skip
TRIBES = {
    "D": "masalit:30 fur:18 zaghawa:14 rizeigat:9 tama:4 gimir:4 erenga:4 salamat:4 berti:5 "
    "daju:3 benihalba:3 misseriya:2",
    "K": "nuba:35 hawazma:20 misseriya:20 jaali:10 fur:5 zaghawa:5 rizeigat:5",
    "R": "jaali:30 shaigiya:25 nuba:10 fur:10 zaghawa:5 masalit:5 misseriya:5 hawazma:5 berti:5",
}

# South Sudanese returnees from Khartoum and the White Nile camps: key | sex | weight | Arabic
# (as Sudanese clerks write them, g as ق) | Latin
SOUTH_TXT = """
deng|M|12|دينق|Deng,Deng,Ding
garang|M|10|قرنق|Garang,Garang,Garrang
majok|M|6|ماجوك|Majok,Majok,Majuk
akol|M|6|أكول|Akol,Akuol
chol|M|6|شول|Chol,Chol,Col
kuol|M|5|كوال|Kuol,Kual
mabior|M|3|مابيور|Mabior,Mabiar
malual|M|4|ملوال|Malual,Malwal
bol|M|5|بول|Bol
ater|M|3|أتير|Ater,Atyer
makuei|M|3|ماكوي|Makuei,Makwei
lual|M|4|لوال|Lual,Luol
dut|M|3|دوت|Dut,Duot
mayen|M|3|ماين|Mayen,Mayan
wol|M|3|وول|Wol,Wal
riek|M|4|رياك|Riek,Riak
gatluak|M|4|قاتلواك|Gatluak,Gatluok
gatwech|M|3|قاتويج|Gatwech,Gatwich
koang|M|3|كوانق|Koang,Kuang
tut|M|3|توت|Tut
nyuon|M|2|نيون|Nyuon,Nyon
ajak|M|3|أجاك|Ajak,Ajack
manyang|M|2|مانيانق|Manyang,Manyong
okello|M|2|أوكيلو|Okello,Okelo
ochan|M|2|أوشان|Ochan,Ocan
john|M|6|جون|John
peter|M|5|بيتر|Peter
james|M|5|جيمس|James
daniel|M|3|دانيال|Daniel
joseph|M|4|جوزيف|Joseph
samuel|M|3|صموئيل|Samuel
michael|M|3|مايكل|Michael,Micheal
david|M|3|ديفيد|David
paul|M|3|بولس|Paul
simon|M|3|سايمون|Simon
stephen|M|2|ستيفن|Stephen,Steven
emmanuel|M|2|إيمانويل|Emmanuel,Emanuel
gabriel|M|2|جبرائيل|Gabriel
nyandeng|F|8|نياندينق|Nyandeng,Nyadeng
achol|F|8|أشول|Achol,Acol
abuk|F|6|أبوك|Abuk
ayen|F|5|أيين|Ayen
adut|F|5|أدوت|Adut,Aduot
nyabol|F|4|نيابول|Nyabol
nyawal|F|4|نياوال|Nyawal
ajok|F|4|أجوك|Ajok
akur|F|3|أكور|Akur
aluel|F|3|ألويل|Aluel
nyachol|F|3|نياشول|Nyachol,Nyacol
mary|F|6|ماري|Mary
rebecca|F|4|ريبيكا|Rebecca,Rebeca
martha|F|3|مارثا|Martha
elizabeth|F|3|إليزابيث|Elizabeth
grace|F|4|غريس|Grace
rose|F|3|روز|Rose
anna|F|2|آنا|Anna
esther|F|3|أستير|Esther
christina|F|2|كريستينا|Christina
suzan|F|2|سوزان|Suzan,Susan
"""
CHRISTIAN = {
    "john", "peter", "james", "daniel", "joseph", "samuel", "michael", "david", "paul", "simon",
    "stephen", "emmanuel", "gabriel", "mary", "rebecca", "martha", "elizabeth", "grace", "rose",
    "anna", "esther", "christina", "suzan",
}  # fmt: skip

# Places: states (key | Arabic | Latin | French | UN/OCHA) and localities (key | state | weight
# | Arabic | Latin | French | UN/OCHA | neighbourhoods and camps as Arabic:Latin;...).
STATE_TXT = """
wdarfur|غرب دارفور|West Darfur|Ouest Darfour,Darfour Ouest|West Darfur
cdarfur|وسط دارفور|Central Darfur|Darfour Central|Central Darfur
ndarfur|شمال دارفور|North Darfur|Darfour Nord,Nord Darfour|North Darfur
sdarfur|جنوب دارفور|South Darfur|Darfour Sud,Sud Darfour|South Darfur
edarfur|شرق دارفور|East Darfur|Darfour Est|East Darfur
khartoum|ولاية الخرطوم|Khartoum State,Khartoum|Khartoum|Khartoum
gezira|الجزيرة|Gezira,Al Gezira,El Gezira|Gézira,Guezira|Aj Jazirah
nkordofan|شمال كردفان|North Kordofan|Kordofan Nord|North Kordofan
skordofan|جنوب كردفان|South Kordofan|Kordofan Sud|South Kordofan
wkordofan|غرب كردفان|West Kordofan|Kordofan Ouest|West Kordofan
whitenile|النيل الأبيض|White Nile|Nil Blanc|White Nile
sennar|سنار|Sennar|Sennar|Sennar
bluenile|النيل الأزرق|Blue Nile|Nil Bleu|Blue Nile
ss|جنوب السودان|South Sudan|Soudan du Sud|South Sudan
"""
LOC_TXT = """
geneina|wdarfur|60|الجنينة|El Geneina,Geneina,Al Geneina,El Genina,Al Junaynah
    |Géneina,El Geneina,Guéneina|Ag Geneina
    |أردمتا:Ardamata;الجمارك:Al Jamarik;المدارس:Al Madaris;التضامن:Al Tadamon;الزهور:Al Zuhur
kreinik|wdarfur|10|كرينك|Kreinik,Kereneik,Krenik|Kereneik,Krénik|Kereneik|
beida|wdarfur|6|بيضة|Beida,Bieda,Baida|Beida|Beida|
habila|wdarfur|5|هبيلة|Habila,Habilla|Habila|Habila|
forobaranga|wdarfur|5|فوربرنقا|Foro Baranga,Forobaranga,Foro Burunga|Foro Baranga|Foro Baranga|
kulbus|wdarfur|4|كلبس|Kulbus,Kolbus|Koulbous|Kulbus|
jebelmoon|wdarfur|4|جبل مون|Jebel Moon,Jabal Moon,Jebel Mun|Djebel Moun|Jebel Moon|
sirba|wdarfur|4|سربا|Sirba,Serba|Sirba|Sirba|
zalingei|cdarfur|10|زالنجي|Zalingei,Zalinjei,Zalingi|Zalingué,Zalingei|Zalingei
    |معسكر الحصاحيصا:Hasahisa camp
mukjar|cdarfur|4|مكجر|Mukjar,Mukjr|Moukjar|Mukjar|
umdukhun|cdarfur|4|أم دخن|Um Dukhun,Umm Dukhun,Um Dokhon|Oum Doukhoun|Um Dukhun|
nyala|sdarfur|12|نيالا|Nyala,Niyala,Nayala|Nyala|Nyala|معسكر كلمة:Kalma camp;معسكر عطاش:Otash camp
kass|sdarfur|3|كاس|Kass,Kas|Kass|Kass|
buram|sdarfur|2|برام|Buram,Burum|Bouram|Buram|
tulus|sdarfur|2|تلس|Tulus,Tullus|Toulous|Tulus|
elfasher|ndarfur|14|الفاشر|El Fasher,Al Fasher,Elfasher,Al Fashir|El Facher,Fascher,El Fasher
    |Al Fasher|معسكر زمزم:Zamzam camp;معسكر أبو شوك:Abu Shouk camp;طويلة:Tawila
kutum|ndarfur|3|كتم|Kutum,Kuttum|Koutoum|Kutum|
kabkabiya|ndarfur|3|كبكابية|Kabkabiya,Kebkabiya|Kabkabiya|Kebkabiya|
tina|ndarfur|3|الطينة|Tina,Al Tina,Altina|Tiné,Tina|At Tina|
kornoi|ndarfur|3|كرنوي|Kornoi,Karnoi|Kornoy|Kornoi|
mellit|ndarfur|2|مليط|Mellit,Malit|Mellit|Mellit|
eddaein|edarfur|6|الضعين|Ed Daein,El Daein,Al Du'ayn|Ed Daein,Daïne|Ad Du'ayn|
khartoum|khartoum|30|الخرطوم|Khartoum|Khartoum|Khartoum
    |الكلاكلة:Kalakla;جبرة:Jabra;سوبا:Soba;الرياض:Riyadh;العمارات:Amarat;أركويت:Arkaweet
    ;مايو:Mayo;الصحافة:Sahafa;بري:Burri;جبل أولياء:Jabal Awliya
omdurman|khartoum|25|أم درمان|Omdurman,Um Durman,Omdorman|Omdourman|Um Durman
    |أمبدة:Umbadda;الثورة:Thawra;أبوسعد:Abu Saad;كرري:Karari;الملازمين:Mulazmin
bahri|khartoum|18|الخرطوم بحري|Khartoum North,Bahri,Khartoum Bahri|Khartoum Nord|Khartoum Bahri
    |الحاج يوسف:Haj Yousif;شمبات:Shambat;كافوري:Kafouri;الدروشاب:Droshab
wadmadani|gezira|12|ود مدني|Wad Madani,Wad Medani,Madani|Wad Madani,Wad Médani|Wad Madani|
hasaheisa|gezira|4|الحصاحيصا|Hasaheisa,El Hasaheisa,Hasahisa|Hassahissa|Al Hasahisa|
managil|gezira|4|المناقل|El Managil,Al Manaqil,Managil|Managuil|Al Manaqil|
rufaa|gezira|3|رفاعة|Rufaa,Rufa'a,Rofaa|Roufaa|Rufa'a|
elobeid|nkordofan|8|الأبيض|El Obeid,Al Obeid,Elobeid,Al Ubayyid|El Obeid|Al Ubayyid|
umruwaba|nkordofan|3|أم روابة|Um Ruwaba,Umm Rawaba|Oum Rouaba|Um Rawaba|
bara|nkordofan|2|بارا|Bara|Bara|Bara|
kadugli|skordofan|5|كادقلي|Kadugli,Kadogli,Kaduqli|Kadougli|Kadugli|
dilling|skordofan|4|الدلنج|Dilling,Al Dilling,Delling|Dilling|Dilling|
elfula|wkordofan|3|الفولة|El Fula,Al Fula|El Foula|Al Fula|
babanusa|wkordofan|3|بابنوسة|Babanusa,Babanousa|Babanousa|Babanusa|
nuhud|wkordofan|2|النهود|En Nahud,El Nuhud,Al Nuhud|En Nahoud|An Nuhud|
kosti|whitenile|8|كوستي|Kosti,Kusti|Kosti|Kosti
    |معسكر الرديس:Al Redis camp;معسكر العلقاية:Alagaya camp
rabak|whitenile|4|ربك|Rabak,Rabbak|Rabak|Rabak|
eddueim|whitenile|3|الدويم|Ed Dueim,Al Duwaym,El Dueim|Ed Dueim|Ad Duwaym|
sennar|sennar|5|سنار|Sennar,Sinnar|Sennar|Sennar|
singa|sennar|5|سنجة|Singa,Sinja,Sinjah|Singa|Sinja|
damazin|bluenile|5|الدمازين|Ed Damazin,Damazin,Al Damazin|Damazine|Ad Damazin|
kurmuk|bluenile|2|الكرمك|Kurmuk,Al Kurmuk|Kourmouk|Kurmuk|
aweil|ss|5|أويل|Aweil,Awiel|Aweil|Aweil|
malakal|ss|5|ملكال|Malakal|Malakal|Malakal|
bentiu|ss|4|بانتيو|Bentiu,Bantiu|Bentiu|Bentiu|
wau|ss|4|واو|Wau,Waw|Wau|Wau|
rumbek|ss|3|رمبيك|Rumbek|Rumbek|Rumbek|
nasir|ss|2|الناصر|Nasir,Nasser|Nasir|Nasir|
kodok|ss|2|كدوك|Kodok,Kodoc|Kodok|Kodok|
bor|ss|3|بور|Bor|Bor|Bor|
"""
REGION = {
    "wdarfur": "D", "cdarfur": "D", "ndarfur": "D", "sdarfur": "D", "edarfur": "D",
    "nkordofan": "K", "skordofan": "K", "wkordofan": "K",
    "khartoum": "R", "gezira": "R", "whitenile": "R", "sennar": "R", "bluenile": "R", "ss": "S",
}  # fmt: skip
STATE_W = (
    "wdarfur:27 cdarfur:6 sdarfur:7 ndarfur:9 edarfur:2 khartoum:28 gezira:9 nkordofan:3 "
    "skordofan:2 wkordofan:2 whitenile:4 sennar:3 bluenile:1.5"
)
COUNTRY_BY_STATE = {
    "wdarfur": "TD:95 LY:3 EG:2",
    "cdarfur": "TD:85 LY:5 EG:5 SS:5",
    "ndarfur": "TD:65 LY:25 EG:10",
    "sdarfur": "TD:50 SS:30 LY:10 EG:10",
    "edarfur": "SS:50 TD:30 EG:20",
    "khartoum": "EG:68 SS:11 ET:9 LY:8 TD:4",
    "gezira": "EG:45 SS:25 ET:20 LY:10",
    "nkordofan": "SS:45 EG:30 LY:15 TD:10",
    "skordofan": "SS:70 EG:20 TD:10",
    "wkordofan": "SS:70 EG:20 TD:10",
    "whitenile": "SS:75 EG:20 ET:5",
    "sennar": "SS:45 ET:35 EG:20",
    "bluenile": "ET:60 SS:40",
}
# When people left (windows of flight: start, end, weight).
WAVES = {
    "wdarfur": [("2023-04-24", "2023-06-09", 2), ("2023-06-10", "2023-07-31", 5),
                ("2023-08-01", "2023-10-31", 1.5), ("2023-11-01", "2023-11-30", 3),
                ("2023-12-01", "2025-06-15", 2)],
    "ndarfur": [("2023-04-20", "2024-04-30", 1), ("2024-05-01", "2025-03-31", 3),
                ("2025-04-01", "2025-06-15", 3)],
    "khartoum": [("2023-04-16", "2023-06-30", 6), ("2023-07-01", "2023-12-31", 3),
                 ("2024-01-01", "2025-06-15", 2)],
    "gezira": [("2023-05-01", "2023-12-14", 1), ("2023-12-15", "2024-03-31", 4),
               ("2024-04-01", "2025-06-15", 1.5)],
    "whitenile": [("2023-04-20", "2024-06-30", 3), ("2024-07-01", "2025-06-15", 1)],
    "sennar": [("2023-05-01", "2024-05-31", 1), ("2024-06-01", "2024-09-30", 4),
               ("2024-10-01", "2025-06-15", 1)],
    "other": [("2023-05-01", "2023-12-31", 2), ("2024-01-01", "2025-06-15", 2)],
}  # fmt: skip

# --------------------------------------------------------------------------------------------
# Desks.  code | country | site | agency | open from | open until | kind | scripts and spelling
# styles | placement of the name chain.  Styles: ar (Arabic script), sd (Sudanese romanisation,
# as in passports), un (UN English), eg (Egyptian English), fr (Chadian French), et (Ethiopian
# English), ss (South Sudanese English, written by ear).
# --------------------------------------------------------------------------------------------
DESK_TXT = """
TD-ADRE|TD|Adré|UNHCR/CNARR|2023-04-20||border|fr:70 ar:22 un:8|fr_nom:40 chain_given:25 three:35
TD-ADRE-WFP|TD|Adré|WFP|2023-05-01||list|fr:55 un:45|chain_given:50 two:50
TD-FAR|TD|Farchana|UNHCR/CNARR|2023-05-15||camp|fr:65 ar:15 un:20|three:60 fr_nom:25 three_fam:15
TD-MET|TD|Metche|UNHCR/CNARR|2023-06-15||camp|fr:65 ar:15 un:20|three:60 fr_nom:25 three_fam:15
TD-ABT|TD|Aboutengue|UNHCR/CNARR|2023-07-01||camp|fr:70 ar:10 un:20|three:65 fr_nom:35
TD-ARK|TD|Arkoum|UNHCR/CNARR|2023-09-01||camp|fr:60 ar:25 un:15|three:60 fr_nom:40
TD-ALA|TD|Alacha|UNHCR/CNARR|2023-10-01||camp|fr:70 ar:15 un:15|three:70 patr_chain:30
TD-OUR|TD|Ourang|UNHCR/CNARR|2023-09-15||camp|fr:65 ar:15 un:20|three:55 fr_nom:30 three_fam:15
TD-TINE|TD|Tiné|UNHCR/CNARR|2023-04-20||border|fr:60 ar:35 un:5|fr_nom:45 chain_given:35 three:20
TD-TOUL|TD|Touloum|UNHCR/CNARR|2023-05-01||camp|fr:65 ar:20 un:15|three:60 fr_nom:40
TD-TISSI|TD|Tissi|UNHCR/CNARR|2023-05-01||border|fr:75 ar:20 un:5|fr_nom:50 chain_given:50
EG-QUSTUL|EG|Qustul|ERC|2023-04-22||border|ar:88 eg:12|two:65 chain_given:35
EG-ASWAN|EG|Aswan|UNHCR|2023-06-01||urban|eg:45 ar:25 sd:20 un:10|three:45 two:30 three_fam:25
EG-CAIRO|EG|Cairo|UNHCR|2023-04-15||urban|eg:45 ar:25 sd:20 un:10|three:50 two:25 three_fam:25
EG-ALEX|EG|Alexandria|UNHCR|2023-06-01||urban|eg:50 ar:30 sd:20|three:60 two:40
EG-STARS|EG|Cairo|StARS|2023-05-01||ngo|eg:50 ar:50|two:60 chain_given:40
SS-JODA|SS|Joda|IOM|2023-04-20||border|ss:75 ar:25|chain_given:60 two:40
SS-RENK-IOM|SS|Renk TC|IOM|2023-04-25||transit|ss:80 un:20|three:40 two:30 chain_given:30
SS-RENK-CRA|SS|Renk TC|UNHCR/CRA|2023-05-01||transit|un:45 ss:40 ar:15|three:70 three_fam:30
SS-MALAKAL|SS|Malakal|IOM|2023-05-10||list|ss:100|chain_given:70 two:30
SS-GOROM|SS|Gorom|UNHCR/CRA|2023-06-01||camp|un:50 ss:50|three:80 two:20
SS-JUBA|SS|Juba|UNHCR/CRA|2023-06-01||urban|un:60 ss:30 ar:10|three:70 two:30
SS-MABAN|SS|Maban|UNHCR/CRA|2023-06-01||camp|un:50 ss:50|three:80 father_fam:20
ET-METEMA|ET|Metema|RRS/UNHCR|2023-04-25||border|et:85 un:10 ar:5|three:50 two:30 chain_given:20
ET-KUMER|ET|Kumer|RRS/UNHCR|2023-05-15|2024-08-31|camp|et:80 un:20|three:80 two:20
ET-AFTEET|ET|Afteet|RRS/UNHCR|2024-05-01||camp|et:80 un:20|three:80 two:20
ET-AWLALA|ET|Awlala|RRS/UNHCR|2024-06-01||camp|et:80 un:20|three:75 father_fam:25
ET-KURMUK|ET|Kurmuk|RRS/UNHCR|2023-06-01||border|et:90 un:10|two:60 three:40
LY-KUFRA|LY|Kufra|IOM/LRC|2023-05-01||border|ar:80 un:20|chain_given:50 two:50
LY-BENGHAZI|LY|Benghazi|UNHCR|2023-06-01||urban|ar:50 un:50|three:50 two:50
LY-TRIPOLI|LY|Tripoli|UNHCR|2023-04-15||urban|un:60 ar:40|three:70 two:30
"""
# Per kind: household ref missing, typo, by-ear spelling, phone not taken, copies documents,
# sex missing, birth date missing, works weekends.
KIND = {
    "border": (0.30, 0.020, 0.12, 0.40, 0.30, 0.030, 0.020, True),
    "transit": (0.15, 0.015, 0.10, 0.35, 0.40, 0.020, 0.015, True),
    "camp": (0.04, 0.010, 0.05, 0.25, 0.50, 0.010, 0.010, False),
    "urban": (0.05, 0.008, 0.03, 0.15, 0.70, 0.005, 0.005, False),
    "list": (0.50, 0.025, 0.15, 0.60, 0.10, 0.040, 0.030, True),
    "ngo": (0.20, 0.012, 0.05, 0.20, 0.50, 0.010, 0.010, False),
}
CHAINS = {"TD": "3:70 2:25 4:5", "EG": "4:45 3:50 2:5", "SS": "3:70 2:25 4:5",
          "ET": "3:75 2:20 4:5", "LY": "4:30 3:60 2:10"}  # fmt: skip
UNKNOWN_DOB = {"TD": "0101:60 Y:30 0107:10", "EG": "0101:50 Y:40 0107:10",
               "SS": "0101:70 Y:20 0107:10", "ET": "0101:50 Y:40 0107:10",
               "LY": "Y:50 0101:50"}  # fmt: skip
WEEKEND = {"TD": (5, 6), "EG": (4, 5), "SS": (5, 6), "ET": (6,), "LY": (4, 5)}
CC = {"SD": "249", "TD": "235", "EG": "20", "SS": "211", "ET": "251", "LY": "218"}
PLACEHOLDERS = {"fr": ("-", "NEANT", "néant", "X"), "ar": ("-", "لا يوجد", "ـ"),
                "other": ("-", "NIL", "N/A", ".", "X")}  # fmt: skip

# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def _rows(text: str) -> list[list[str]]:
    lines: list[str] = []
    for raw in text.strip("\n").splitlines():
        if not raw.strip():
            continue
        if raw[0] in " \t" and lines:
            lines[-1] += raw.strip()
        else:
            lines.append(raw.strip())
    return [[c.strip() for c in ln.split("|")] for ln in lines]


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(",") if x.strip()]


def _weights(spec: str) -> tuple[list[str], list[float]]:
    items, ws = [], []
    for part in spec.split():
        k, w = part.rsplit(":", 1)
        items.append(k)
        ws.append(float(w))
    return items, ws


class Pool:
    """Weighted choice with precomputed cumulative weights."""

    __slots__ = ("items", "cum", "tot")

    def __init__(self, items: list, weights: list[float]) -> None:
        self.items = list(items)
        self.cum: list[float] = []
        t = 0.0
        for w in weights:
            t += w
            self.cum.append(t)
        self.tot = t

    @classmethod
    def spec(cls, spec: str) -> Pool:
        return cls(*_weights(spec))

    def pick(self, rng: random.Random):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.tot)]


def _auto_fr(s: str) -> str:
    t = s.replace("sh", "ch").replace("Sh", "Ch").replace("ee", "i").replace("oo", "ou")
    t = re.sub(r"(?<![oO])u", "ou", t)
    t = "Ou" + t[1:] if t.startswith("U") else t
    return t.replace("J", "Dj").replace("j", "dj")


def _auto_et(s: str) -> str:
    t = s.replace("ei", "e").replace("ou", "u").replace("ee", "i").replace("oo", "u")
    return t.replace("Abdel", "Abdul").replace("Abdal", "Abdul")


class Nm:
    __slots__ = ("key", "ar", "forms")

    def __init__(self, key: str, ar: str, lat: str, fr: str = "", eg: str = "", et: str = ""):
        self.key = key
        self.ar = ar.split("/")
        latl = _split(lat)
        self.forms = {
            "sd": latl,
            "un": latl,
            "ss": latl,
            "eg": _split(eg) or latl,
            "fr": _split(fr) or [_auto_fr(x) for x in latl[:2]],
            "et": _split(et) or [_auto_et(x) for x in latl[:2]],
        }


NAMES: dict[str, Nm] = {}
NAME_POOLS: dict[tuple[str, str, bool], Pool] = {}


def _build_names() -> None:
    by: dict[tuple[str, str, bool], tuple[list[str], list[float]]] = {}
    for sex, txt in (("M", MALE_TXT), ("F", FEMALE_TXT), ("N", NICK_TXT)):
        for row in _rows(txt):
            key, wd, wr, ar, lat = row[:5]
            rest = row[5:] + ["", "", ""]
            NAMES[key] = Nm(key, ar, lat, rest[0], rest[1], rest[2])
            if sex == "N":
                continue
            for reg, w in (("D", float(wd)), ("R", float(wr)), ("K", (float(wd) + float(wr)) / 2)):
                for modern in (False, True):
                    if key in MODERN and not modern:
                        continue
                    items, ws = by.setdefault((reg, sex, modern), ([], []))
                    items.append(key)
                    ws.append(w)
    for row in _rows(FAMILY_TXT):
        key, ar, lat = row[:3]
        rest = row[3:] + ["", "", ""]
        NAMES[key] = Nm(key, ar, lat, rest[0], rest[1], rest[2])
    for row in _rows(SOUTH_TXT):
        key, sex, w, ar, lat = row
        NAMES["s_" + key] = Nm("s_" + key, ar, lat)
        for modern in (False, True):
            weight = float(w) * (2.5 if (key in CHRISTIAN and modern) else 1.0)
            if key in CHRISTIAN and not modern:
                weight *= 0.4
            items, ws = by.setdefault(("S", sex, modern), ([], []))
            items.append("s_" + key)
            ws.append(weight)
    for k, (items, ws) in by.items():
        NAME_POOLS[k] = Pool(items, ws)


class Loc:
    __slots__ = ("key", "state", "ar", "lat", "fr", "un", "subs")

    def __init__(self, row: list[str]) -> None:
        self.key, self.state = row[0], row[1]
        self.ar, self.lat, self.fr, self.un = row[3], _split(row[4]), _split(row[5]), row[6]
        self.subs = []
        for part in (row[7] if len(row) > 7 else "").split(";"):
            if ":" in part:
                a, b = part.split(":")
                self.subs.append((a.strip(), b.strip()))


STATES: dict[str, tuple[str, list[str], list[str], str]] = {}
LOCS: dict[str, Loc] = {}
LOC_POOLS: dict[str, Pool] = {}


def _build_places() -> None:
    for row in _rows(STATE_TXT):
        STATES[row[0]] = (row[1], _split(row[2]), _split(row[3]), row[4])
    by: dict[str, tuple[list[Loc], list[float]]] = {}
    for row in _rows(LOC_TXT):
        loc = Loc(row)
        LOCS[loc.key] = loc
        items, ws = by.setdefault(loc.state, ([], []))
        items.append(loc)
        ws.append(float(row[2]))
    for st, (items, ws) in by.items():
        LOC_POOLS[st] = Pool(items, ws)


_build_names()
_build_places()
STATE_POOL = Pool.spec(STATE_W)
COUNTRY_POOLS = {k: Pool.spec(v) for k, v in COUNTRY_BY_STATE.items()}
TRIBE_POOLS = {k: Pool.spec(v) for k, v in TRIBES.items()}
RETURNEE_RES = Pool([LOCS[k] for k in ("khartoum", "bahri", "omdurman", "kosti", "rabak")],
                    [30, 15, 15, 30, 10])  # fmt: skip


def _d(s: str) -> date:
    return date.fromisoformat(s)


WAVE_POOLS = {
    k: Pool([(_d(a), _d(b)) for a, b, _ in v], [w * (_d(b) - _d(a)).days for a, b, w in v])
    for k, v in WAVES.items()
}

# --------------------------------------------------------------------------------------------
# Spelling: Arabic keyboard habits, oral spelling, typos
# --------------------------------------------------------------------------------------------
HAMZA = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ئ": "ي", "ؤ": "و"})
YA_END = re.compile(r"ي\b")
AR_CONF = {
    "ت": "ط", "ط": "ت", "س": "ص", "ص": "س", "ذ": "ز", "ز": "ذ", "ض": "د", "د": "ض", "ق": "غك",
    "غ": "قع", "ه": "حة", "ح": "هخ", "ع": "غا", "ي": "ى", "ى": "ي", "ة": "ه", "ا": "أ", "ك": "ق",
    "ن": "ت", "ب": "ن", "ر": "ز", "م": "ن",
}  # fmt: skip
KEYNEAR = {
    "a": "qsze", "e": "wrdi", "i": "uoke", "o": "iplu", "u": "yijo", "s": "adwz", "d": "sfe",
    "m": "n", "n": "mb", "h": "gj", "r": "et", "t": "ry", "b": "vn", "l": "k", "k": "jl",
    "f": "dg", "g": "fhq", "y": "tui", "z": "s", "w": "q", "j": "hk", "c": "xk",
}  # fmt: skip
ORAL = [
    ("ou", "u"), ("u", "ou"), ("e", "i"), ("i", "e"), ("o", "u"), ("u", "o"), ("a", "e"),
    ("ss", "s"), ("s", "ss"), ("ll", "l"), ("l", "ll"), ("dd", "d"), ("kh", "k"), ("k", "kh"),
    ("q", "g"), ("g", "q"), ("j", "g"), ("dj", "j"), ("ee", "i"), ("ei", "ai"), ("ai", "ei"),
    ("el", "al"), ("al", "el"), ("h", ""), ("aa", "a"), ("y", "i"), ("ch", "sh"),
]  # fmt: skip


def ar_habits(s: str, hamza: bool, ta: bool, ya: int, join: bool) -> str:
    if hamza:
        s = s.translate(HAMZA)
        if s.endswith("اء"):
            s = s[:-1]
    if ta:
        s = s.replace("ة", "ه")
    if ya == 1:
        s = s.replace("ى", "ي")
    elif ya == 2:
        s = YA_END.sub("ى", s)
    if join:
        for a, b in (("عبد ", "عبد"), ("أبو ", "أبو"), ("ابو ", "ابو"), (" الدين", "الدين")):
            s = s.replace(a, b)
    return s


def _is_arabic(s: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in s)


def oral(s: str, rng: random.Random) -> str:
    """Write a name again from how it sounds."""
    low = s.lower()
    for _ in range(5):
        a, b = ORAL[rng.randrange(len(ORAL))]
        starts = [i for i in range(1, len(s)) if low.startswith(a, i)]
        if starts:
            i = starts[rng.randrange(len(starts))]
            return s[:i] + b + s[i + len(a) :]
    if s.endswith("a"):
        return s + "h"
    return s


def typo(s: str, rng: random.Random) -> str:
    n = len(s)
    if n < 3:
        return s
    i = rng.randrange(1, n)
    op = rng.random()
    if s[i] == " " or s[i - 1] == " ":
        op = 0.9 if op < 0.75 else op
    if op < 0.3:
        return s[:i] + s[i + 1 :]
    if op < 0.5:
        return s[:i] + s[i] + s[i:]
    if op < 0.75 and i < n - 1 and s[i + 1] != " ":
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    c = s[i]
    near = AR_CONF.get(c) or KEYNEAR.get(c.lower())
    if not near:
        return s[:i] + s[i + 1 :] if c != " " else s
    ch = near[rng.randrange(len(near))]
    if c.isupper():
        ch = ch.upper()
    return s[:i] + ch + s[i + 1 :]


# --------------------------------------------------------------------------------------------
# The world
# --------------------------------------------------------------------------------------------


class Person:
    __slots__ = (
        "pid", "hh", "sex", "anc", "node", "fnode", "gfnode", "fam", "tribe", "dob", "dkind",
        "doc", "carry", "sdphone", "sdlost", "host", "nick", "stated", "traps", "nrec", "role",
        "husb", "pp", "region",
    )  # fmt: skip

    def __init__(self) -> None:
        self.traps: set[str] = set()
        self.nrec = 0
        self.host: list[tuple[str, str, date]] = []
        self.pp: dict[str, str] | None = None
        self.stated: int | None = None
        self.husb = 0
        self.nick = ""


class Household:
    __slots__ = ("hid", "members", "loc", "sub", "last", "country", "d0", "arrive", "returnee",
                 "refs", "events", "region", "sshome")  # fmt: skip

    def __init__(self, hid: int) -> None:
        self.hid = hid
        self.members: list[Person] = []
        self.refs: dict[str, str] = {}
        self.events: list[Event] = []
        self.last: Loc | None = None
        self.sshome: Loc | None = None
        self.sub: tuple[str, str] | None = None


class Clerk:
    __slots__ = (
        "cid", "style", "place", "chain", "caps", "typo", "oral", "hamza", "ta", "ya", "join",
        "unk", "dm", "ec", "sexmiss", "olvl", "pfmt", "pfmt_sd", "copyf", "headfam", "holder",
        "famfill", "shift", "swap", "dropgf", "nick", "adigits", "cache", "acache", "rng",
    )  # fmt: skip


class Desk:
    __slots__ = ("code", "country", "site", "agency", "start", "end", "kind", "k", "clerks",
                 "cpool")  # fmt: skip


class Event:
    __slots__ = ("desk", "day", "minute", "members", "clerk", "rereg")

    def __init__(self, desk: Desk, day: date, minute: int, clerk: Clerk, rereg: bool) -> None:
        self.desk, self.day, self.minute, self.clerk, self.rereg = desk, day, minute, clerk, rereg
        self.members: list[Person] = []


class Stub:
    """An ancestor line that may or may not be registered: the man a household hangs from."""

    __slots__ = ("anc", "node", "fnode", "gfnode", "dob")

    def __init__(self, anc: list[str], node: int, fnode: int, gfnode: int, dob: date) -> None:
        self.anc, self.node, self.fnode, self.gfnode, self.dob = anc, node, fnode, gfnode, dob


def _geo_pick(items: list[str], steep: float, rng: random.Random) -> str:
    w, tot, ws = 1.0, 0.0, []
    for _ in items:
        ws.append(w)
        tot += w
        w *= steep
    x = rng.random() * tot
    for it, wi in zip(items, ws, strict=True):
        x -= wi
        if x < 0:
            return it
    return items[-1]


TWIN_PAIRS = {"hassan": ("hussein", "M"), "eltom": ("eltoma", "F"), "hawa": ("adam", "M"),
              "adam": ("hawa", "F")}  # fmt: skip
STEEP = {"un": 0.3, "sd": 0.5, "eg": 0.45, "fr": 0.5, "et": 0.5, "ss": 0.75}


class World:
    def __init__(self, n: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.n = n
        self.persons: list[Person] = []
        self.households: list[Household] = []
        self.nodes = 0
        self.lineages: dict[str, list[Stub | Person]] = {}
        self.refcount: dict[str, int] = {}
        self.desks: dict[str, Desk] = {}
        self.clerk_seq = 0
        for row in _rows(DESK_TXT):
            self._desk(row)

    # ---------------- desks and clerks
    def _desk(self, row: list[str]) -> None:
        rng = self.rng
        d = Desk()
        d.code, d.country, d.site, d.agency = row[0], row[1], row[2], row[3]
        d.start = _d(row[4])
        d.end = _d(row[5]) if row[5] else END
        d.kind = row[6]
        d.k = KIND[d.kind]
        styles, places = Pool.spec(row[7]), Pool.spec(row[8])
        chains = Pool.spec(CHAINS[d.country])
        unk = Pool.spec(UNKNOWN_DOB[d.country])
        d.clerks = [self._clerk(d, styles, places, chains, unk) for _ in range(rng.randint(2, 6))]
        d.cpool = Pool(d.clerks, [rng.uniform(0.3, 1.0) for _ in d.clerks])
        self.desks[d.code] = d

    def _clerk(self, d: Desk, styles: Pool, places: Pool, chains: Pool, unk: Pool) -> Clerk:
        rng = self.rng
        c = Clerk()
        self.clerk_seq += 1
        c.cid = f"{d.code}/{self.clerk_seq}"
        c.rng = random.Random(self.seed * 7919 + self.clerk_seq)
        c.style = styles.pick(rng)
        c.place = places.pick(rng)
        c.chain = int(chains.pick(rng))
        if c.style == "fr":
            c.caps = Pool.spec("fam_upper:45 upper:35 title:20").pick(rng)
        elif c.style == "ss" or d.agency == "IOM":
            c.caps = Pool.spec("upper:50 title:50").pick(rng)
        else:
            c.caps = Pool.spec("upper:30 title:70").pick(rng)
        kt, ko = d.k[1], d.k[2]
        c.typo = kt * rng.uniform(0.3, 1.8)
        c.oral = ko * rng.uniform(0.3, 1.7) * (1.5 if c.style in ("ss", "fr", "et") else 0.6)
        c.hamza = rng.random() < (0.65 if d.country in ("EG", "TD", "SS") else 0.45)
        c.ta = rng.random() < 0.2
        c.ya = 2 if (d.country == "EG" and rng.random() < 0.6) else (1 if rng.random() < 0.3 else 0)
        c.join = rng.random() < 0.45
        c.unk = unk.pick(rng)
        c.dm = rng.uniform(0.03, 0.15) if rng.random() < 0.2 else 0.0
        c.ec = 0.35 if (d.country == "ET" and rng.random() < 0.25) else 0.0
        c.sexmiss = rng.uniform(0, 2 * d.k[5])
        c.olvl = Pool.spec("loc:50 locstate:15 state:12 sub:12 country:2 missing:9").pick(rng)
        c.pfmt = Pool.spec("local:65 intl:25 00:5 bare:5").pick(rng)
        c.pfmt_sd = Pool.spec("intl:40 local:40 bare:10 00:10").pick(rng)
        c.copyf = rng.uniform(0.5, 1.3)
        c.headfam = rng.random() < (0.12 if d.country in ("EG", "TD", "LY") else 0.06)
        scr = "ar" if c.style == "ar" else ("fr" if c.style == "fr" else "other")
        c.holder = rng.choice(PLACEHOLDERS[scr])
        c.famfill = Pool.spec(
            "tribe:35 holder:40 repeat:25" if d.country == "TD" else "tribe:5 holder:60 repeat:35"
        ).pick(rng)
        c.shift = rng.uniform(0.001, 0.008)
        c.swap = rng.uniform(0.005, 0.03) if c.style == "fr" else rng.uniform(0, 0.005)
        c.dropgf = rng.uniform(0.01, 0.05)
        c.nick = 0.3 if d.kind in ("border", "list", "transit") else 0.1
        c.adigits = (
            0.5 if (c.style == "ar" and d.country in ("EG", "LY") and rng.random() < 0.15) else 0
        )
        c.cache = {}
        c.acache = {}
        return c

    # ---------------- people
    def node(self) -> int:
        self.nodes += 1
        return self.nodes

    def name(self, region: str, sex: str, dob: date) -> str:
        return NAME_POOLS[(region, sex, dob.year >= 1985)].pick(self.rng)

    def ancestors(self, region: str, dob: date) -> list[str]:
        """Names of father, grandfather, great- and great-great-grandfather."""
        rng = self.rng
        old = date(max(1900, dob.year - 30), 1, 1)
        anc = [self.name(region, "M", old) for _ in range(4)]
        for i in range(3):
            if anc[i] == anc[i + 1]:
                anc[i + 1] = self.name(region, "M", old)
        for i in range(2):
            if rng.random() < 0.1:
                anc[i] = anc[i + 2]
        return anc

    def given(self, region: str, sex: str, dob: date, avoid: list[str]) -> str:
        for _ in range(6):
            g = self.name(region, sex, dob)
            if g not in avoid:
                return g
        return g

    def person(self, hh: Household, sex: str, anc: list[str], dob: date, role: str,
               fnode: int, gfnode: int, node: int = 0) -> Person:  # fmt: skip
        rng = self.rng
        p = Person()
        p.pid = len(self.persons) + 1
        p.hh, p.sex, p.anc, p.dob, p.role = hh, sex, anc, dob, role
        p.node = node or self.node()
        p.fnode, p.gfnode = fnode, gfnode
        p.region = hh.region
        p.fam = ""
        p.tribe = ""
        age = (hh.d0 - dob).days / 365.25
        riv = hh.region in ("R", "S")
        r = rng.random()
        p.doc = ""
        if age < 5:
            p.dkind = "exact" if r < (0.55 if riv else 0.3) else ("year" if r < 0.75 else "age")
            p.doc = "card" if p.dkind == "exact" else ""
        elif age < 18:
            p.dkind = "exact" if r < (0.4 if riv else 0.1) else ("year" if r < 0.6 else "age")
            p.doc = "bc" if p.dkind == "exact" else ""
        else:
            pdoc = 0.6 if riv else 0.18
            if r < pdoc:
                p.dkind = "exact"
                p.doc = "passport" if rng.random() < (0.45 if riv else 0.2) else "natid"
            elif r < pdoc + 0.07:
                p.dkind = "exact"
            elif r < pdoc + 0.3:
                p.dkind = "year"
            else:
                p.dkind = "age"
        p.carry = rng.random() < 0.72
        p.sdphone = ""
        p.sdlost = rng.random() < 0.45
        if age >= 16 and rng.random() < (0.85 if riv else 0.5):
            prefix = rng.choice(("91", "90", "96", "92", "99", "12", "11", "10"))
            p.sdphone = prefix + _digits(rng, 7)
        g = anc[0]
        if g in NICKS and rng.random() < 0.15:
            p.nick = rng.choice(NICKS[g])
        self.persons.append(p)
        hh.members.append(p)
        return p

    def flight_day(self, state: str) -> date:
        pool = WAVE_POOLS.get(state)
        if pool is None:
            pool = WAVE_POOLS["other"]
        a, b = pool.pick(self.rng)
        return a + timedelta(days=self.rng.randrange(max(1, (b - a).days)))

    def dob_for_age(self, d0: date, lo: float, hi: float, mode: float | None = None) -> date:
        age = self.rng.triangular(lo, hi, mode if mode is not None else (lo + hi) / 2)
        return d0 - timedelta(days=int(age * 365.25))

    def head_line(self, hh: Household, dob: date) -> tuple[Stub, str]:
        """The man a household hangs from: new, or brother, cousin or son of an earlier one."""
        rng = self.rng
        pool = self.lineages.setdefault(hh.loc.key, [])
        r = rng.random()
        region = hh.region
        if pool and r < 0.2:
            other = pool[rng.randrange(len(pool))]
            if r < 0.1:
                g = self.given(region, "M", dob, [other.anc[0], other.anc[1]])
                dob = other.dob + timedelta(days=rng.randint(-12 * 365, 12 * 365))
                dob = min(dob, hh.d0 - timedelta(days=18 * 365))
                return Stub([g, *other.anc[1:]], self.node(), other.fnode, other.gfnode, dob), (
                    "brothers_apart"
                )
            if r < 0.15:
                f = self.given(region, "M", dob, [other.anc[1]])
                g = self.given(region, "M", dob, [f])
                return Stub([g, f, *other.anc[2:]], self.node(), self.node(), other.gfnode, dob), (
                    "cousins_apart"
                )
            age_o = (hh.d0 - other.dob).days / 365.25
            if age_o >= 40:
                dob = other.dob + timedelta(days=int(rng.uniform(18, min(40, age_o - 18)) * 365))
                g = self.given(region, "M", dob, [other.anc[0]])
                if rng.random() < 0.12:
                    g = other.anc[1]
                return Stub([g, *other.anc[:4]], self.node(), other.node, other.fnode, dob), (
                    "son_of_other_head"
                )
        anc = self.ancestors(region, dob)
        g = self.given(region, "M", dob, [anc[0]])
        return Stub([g, *anc], self.node(), self.node(), self.node(), dob), ""

    def remember(self, hh: Household, line: Stub | Person) -> None:
        pool = self.lineages.setdefault(hh.loc.key, [])
        pool.append(line)
        if len(pool) > 300:
            del pool[0]

    def fam_tribe(self, region: str) -> tuple[str, str]:
        rng = self.rng
        fam = ""
        if rng.random() < {"R": 0.22, "K": 0.1, "D": 0.05, "S": 0.0}[region]:
            fam = (
                rng.choice(FAMILIES)
                if rng.random() < 0.6
                else self.name(region, "M", date(1950, 1, 1))
            )
        tribe = TRIBE_POOLS[region].pick(rng) if region in TRIBE_POOLS else ""
        return fam, tribe

    def household(self) -> Household:
        rng = self.rng
        hh = Household(len(self.households) + 1)
        self.households.append(hh)
        hh.returnee = rng.random() < 0.08
        if hh.returnee:
            hh.loc = RETURNEE_RES.pick(rng)
            hh.country = "SS"
            hh.region = "S"
            hh.sshome = LOC_POOLS["ss"].pick(rng)
        else:
            st = STATE_POOL.pick(rng)
            hh.loc = LOC_POOLS[st].pick(rng)
            hh.country = COUNTRY_POOLS[st].pick(rng)
            hh.region = REGION[st]
        if hh.loc.subs and rng.random() < 0.4:
            hh.sub = hh.loc.subs[rng.randrange(len(hh.loc.subs))]
        hh.d0 = self.flight_day(hh.loc.state)
        if hh.loc.state == "khartoum" and hh.d0 > date(2023, 7, 1) and rng.random() < 0.35:
            hh.last = LOC_POOLS[rng.choice(("gezira", "gezira", "whitenile", "sennar"))].pick(rng)
        travel = {"TD": (1, 12), "EG": (5, 40), "SS": (3, 20), "ET": (2, 12), "LY": (15, 80)}
        hh.arrive = hh.d0 + timedelta(days=rng.randint(*travel[hh.country]))
        self.compose(hh)
        if hh.returnee:
            for p in hh.members:
                p.traps.add("returnee_ss")
        if hh.last is not None:
            for p in hh.members:
                p.traps.add("second_displacement")
        return hh

    def compose(self, hh: Household) -> None:
        rng = self.rng
        region = hh.region
        fam, tribe = self.fam_tribe(region)
        r = rng.random()
        single = {"LY": 0.45, "EG": 0.12}.get(hh.country, 0.06)
        fhead = {"TD": 0.45}.get(hh.country, 0.25)
        if r < 0.012:  # unaccompanied or separated children
            anc = self.ancestors(region, self.dob_for_age(hh.d0, 25, 60))
            fnode, gfnode = self.node(), self.node()
            used = []
            for i in range(rng.choice((1, 1, 2, 2, 3))):
                dob = self.dob_for_age(hh.d0, 8 if i == 0 else 3, 17, 13)
                sex = "M" if rng.random() < 0.6 else "F"
                g = self.given(region, sex, dob, used + [anc[0]])
                used.append(g)
                p = self.person(hh, sex, [g, *anc], dob, "child_alone", fnode, gfnode)
                p.fam, p.tribe = fam, tribe
                p.traps.add("unaccompanied")
            return
        if r < 0.012 + single:
            dob = self.dob_for_age(hh.d0, 18, 40, 24)
            line, trap = self.head_line(hh, dob)
            p = self.person(hh, "M", line.anc, line.dob, "head", line.fnode, line.gfnode, line.node)
            p.fam, p.tribe = fam, tribe
            if trap:
                p.traps.add(trap)
            self.remember(hh, p)
            return
        if r < 0.012 + single + 0.03:  # an old person or a woman alone
            sex = "F" if rng.random() < 0.7 else "M"
            dob = self.dob_for_age(hh.d0, 20, 85, 55)
            anc = self.ancestors(region, dob)
            g = self.given(region, sex, dob, [anc[0]])
            p = self.person(hh, sex, [g, *anc], dob, "head", self.node(), self.node())
            p.fam, p.tribe = fam, tribe
            return
        female_head = rng.random() < fhead
        hdob = self.dob_for_age(hh.d0, 20, 72, 36)
        line, trap = self.head_line(hh, hdob)
        husband = None
        if not female_head:
            husband = self.person(
                hh, "M", line.anc, line.dob, "head", line.fnode, line.gfnode, line.node
            )
            husband.fam, husband.tribe = fam, tribe
            if trap:
                husband.traps.add(trap)
            self.remember(hh, husband)
        else:
            self.remember(hh, line)
        hage = (hh.d0 - line.dob).days / 365.25
        nwives = 1
        if hage > 30:
            x = rng.random()
            poly = 0.2 if region == "D" else 0.08
            nwives = 1 if x > poly else (2 if x > poly * 0.2 else 3)
        if female_head:
            nwives = 1
        wives: list[Person] = []
        for w in range(nwives):
            lo = max(16.0, hage - 18 - 6 * w)
            hi = max(lo + 1, hage - 2 * w)
            wdob = self.dob_for_age(hh.d0, lo, hi)
            if region != "S" and rng.random() < 0.2:  # bint 'amm: her grandfather is his
                wf = self.given(region, "M", wdob, [line.anc[1]])
                wanc = [wf, *line.anc[2:]]
                wgf = line.gfnode
                cousin_marriage = True
            else:
                wanc = self.ancestors(region, wdob)
                wgf = self.node()
                cousin_marriage = False
            wg = self.given(region, "F", wdob, [])
            wife = self.person(hh, "F", [wg, *wanc], wdob, "head" if female_head else "wife",
                               self.node(), wgf)  # fmt: skip
            wife.husb = line.node
            wfam, wtribe = self.fam_tribe(region)
            wife.fam = fam if cousin_marriage else wfam
            wife.tribe = tribe if (cousin_marriage or rng.random() < 0.8) else wtribe
            if cousin_marriage:
                wife.traps.add("cousin_marriage")
            if female_head:
                wife.traps.add("husband_absent")
            wives.append(wife)
        if nwives > 1:
            for w in wives:
                w.traps.add("co_wife")
            if husband is not None:
                husband.traps.add("polygamous")
        for wi, wife in enumerate(wives):
            # a co-wife is often registered as a household of her own
            target = hh
            if wi > 0 and rng.random() < 0.5:
                hh.members.remove(wife)
                target = Household(len(self.households) + 1)
                self.households.append(target)
                for attr in ("loc", "sub", "last", "country", "region", "returnee", "sshome"):
                    setattr(target, attr, getattr(hh, attr))
                target.d0 = hh.d0 + timedelta(days=rng.randint(0, 20))
                target.arrive = hh.arrive + timedelta(days=rng.randint(0, 20))
                target.members.append(wife)
                wife.hh = target
                wife.role = "head"
                wife.traps.add("co_wife_own_household")
            self.children(target, wife, line, fam, tribe)
        self.extended(hh, line, hage, fam, tribe)

    def children(self, hh: Household, mother: Person, father: Stub, fam: str, tribe: str) -> None:
        rng = self.rng
        mage = (hh.d0 - mother.dob).days / 365.25
        used = [father.anc[0]]
        t = 17 + rng.uniform(0, 5)
        first_son = True
        while t < mage:
            age = mage - t
            twins = rng.random() < 0.02
            keep = age < 18 or (age < 26 and rng.random() < 0.35)
            if keep:
                dob = hh.d0 - timedelta(days=int(age * 365.25) + rng.randrange(200))
                kids = []
                for _ in range(2 if twins else 1):
                    sex = "M" if rng.random() < 0.51 else "F"
                    if twins and kids and kids[0].anc[0] in TWIN_PAIRS:
                        g, sex = TWIN_PAIRS[kids[0].anc[0]]
                    elif twins and not kids and rng.random() < 0.4:
                        g, sex = rng.choice((("hassan", "M"), ("eltom", "M"), ("adam", "M"),
                                             ("hawa", "F")))  # fmt: skip
                    elif first_son and sex == "M" and rng.random() < 0.12:
                        g = father.anc[1]  # named after his grandfather
                    else:
                        g = self.given(hh.region, sex, dob, used)
                    if hh.region == "S" and not g.startswith("s_"):
                        g = self.given("S", sex, dob, used)
                    used.append(g)
                    if sex == "M":
                        first_son = False
                    c = self.person(hh, sex, [g, *father.anc[:4]], dob, "child", father.node,
                                    father.fnode)  # fmt: skip
                    c.fam, c.tribe = fam, tribe
                    if g == father.anc[1]:
                        c.traps.add("named_after_grandfather")
                    kids.append(c)
                if twins and len(kids) == 2:
                    for k in kids:
                        k.traps.add("twin")
            t += rng.uniform(1.4, 3.8) + (rng.uniform(2, 8) if rng.random() < 0.12 else 0)
            if t > 45:
                break

    def extended(self, hh: Household, line: Stub, hage: float, fam: str, tribe: str) -> None:
        rng = self.rng
        region = hh.region
        if hage < 50 and rng.random() < 0.08:  # his widowed mother
            dob = line.dob - timedelta(days=int(rng.uniform(17, 35) * 365))
            anc = self.ancestors(region, dob)
            g = self.given(region, "F", dob, [])
            m = self.person(hh, "F", [g, *anc], dob, "mother", self.node(), self.node())
            m.husb = line.fnode
        if rng.random() < 0.07:  # his unmarried brother
            dob = line.dob + timedelta(days=rng.randint(-3 * 365, 12 * 365))
            dob = min(dob, hh.d0 - timedelta(days=15 * 365))
            g = self.given(region, "M", dob, [line.anc[0], line.anc[1]])
            b = self.person(hh, "M", [g, *line.anc[1:]], dob, "brother", line.fnode, line.gfnode)
            b.fam, b.tribe = fam, tribe
        if rng.random() < 0.05:  # his sister
            dob = line.dob + timedelta(days=rng.randint(-5 * 365, 12 * 365))
            g = self.given(region, "F", dob, [])
            s = self.person(hh, "F", [g, *line.anc[1:]], dob, "sister", line.fnode, line.gfnode)
            s.fam, s.tribe = fam, tribe
        if rng.random() < 0.06:  # orphans of his dead brother
            bro = self.given(region, "M", line.dob, [line.anc[0], line.anc[1]])
            bnode = self.node()
            used = [bro]
            for _ in range(rng.choice((1, 1, 2, 3))):
                dob = self.dob_for_age(hh.d0, 1, 17)
                sex = "M" if rng.random() < 0.5 else "F"
                g = self.given(region, sex, dob, used)
                used.append(g)
                c = self.person(hh, sex, [g, bro, *line.anc[1:4]], dob, "nephew", bnode,
                                line.fnode)  # fmt: skip
                c.fam, c.tribe = fam, tribe
        if hage > 48 and rng.random() < 0.12:  # a grandchild left with him
            son = self.given(region, "M", line.dob, [line.anc[0]])
            dob = self.dob_for_age(hh.d0, 0.5, 12)
            sex = "M" if rng.random() < 0.5 else "F"
            g = self.given(region, sex, dob, [son])
            c = self.person(hh, sex, [g, son, *line.anc[:3]], dob, "grandchild", self.node(),
                            line.node)  # fmt: skip
            c.fam, c.tribe = fam, tribe

    # ---------------- where and when they were registered
    def open_desk(self, codes: list[tuple[str, float]], day: date) -> Desk:
        ok = [(c, w) for c, w in codes if self.desks[c].start <= day <= self.desks[c].end]
        if not ok:
            ok = codes[:1]
        return Pool([self.desks[c] for c, _ in ok], [w for _, w in ok]).pick(self.rng)

    def route(self, hh: Household) -> list[tuple[Desk, date]]:
        rng = self.rng
        a = hh.arrive
        steps: list[tuple[list[tuple[str, float]], date]] = []

        def after(d: date, lo: int, hi: int) -> date:
            return d + timedelta(days=rng.randint(lo, hi))

        c = hh.country
        if c == "TD":
            state = hh.loc.state
            if state == "ndarfur":
                border, camps = "TD-TINE", [("TD-TOUL", 1.0)]
            elif state == "cdarfur" and rng.random() < 0.5:
                border, camps = "TD-TISSI", [("TD-FAR", 1.0)]
            else:
                border = "TD-ADRE"
                camps = [("TD-FAR", 25), ("TD-MET", 20), ("TD-ABT", 15), ("TD-ARK", 12),
                         ("TD-ALA", 13), ("TD-OUR", 15)]  # fmt: skip
            d = after(a, 0, 8)
            if rng.random() < 0.9:
                steps.append(([(border, 1.0)], d))
            if border == "TD-ADRE" and rng.random() < 0.05:
                steps.append(([("TD-ADRE-WFP", 1.0)], after(d, 0, 40)))
            if not steps or rng.random() < 0.2:
                steps.append((camps, after(d, 14, 200)))
            if rng.random() < 0.02:
                steps.append(([("LY-KUFRA", 1.0)], after(d, 60, 400)))
                for p in hh.members:
                    p.traps.add("onward_libya")
        elif c == "EG":
            d = a
            if rng.random() < 0.15:
                steps.append(([("EG-QUSTUL", 1.0)], after(a, 0, 1)))
            aswan = rng.random() < 0.33
            if aswan:
                d = after(a, 3, 60)
                steps.append(([("EG-ASWAN", 1.0)], d))
            if rng.random() < (0.25 if aswan else 0.8) or not steps:
                site = "EG-ALEX" if rng.random() < 0.07 else "EG-CAIRO"
                steps.append(([(site, 1.0)], after(d, 30, 420)))
            if rng.random() < 0.05:
                steps.append(([("EG-STARS", 1.0)], after(a, 20, 300)))
        elif c == "SS":
            if rng.random() < 0.22:
                steps.append(([("SS-JODA", 1.0)], a))
            d = after(a, 0, 4)
            if hh.returnee:
                if rng.random() < 0.9 or not steps:
                    steps.append(([("SS-RENK-IOM", 1.0)], d))
                if rng.random() < 0.13:
                    steps.append(([("SS-MALAKAL", 1.0)], after(d, 3, 40)))
            else:
                main = "SS-MABAN" if hh.loc.state == "bluenile" else "SS-RENK-CRA"
                if rng.random() < 0.85 or not steps:
                    steps.append(([(main, 1.0)], d))
                if rng.random() < 0.15:
                    steps.append(([("SS-GOROM", 5), ("SS-JUBA", 3), ("SS-MABAN", 2)],
                                  after(d, 30, 300)))  # fmt: skip
        elif c == "ET":
            border = "ET-KURMUK" if hh.loc.state == "bluenile" else "ET-METEMA"
            d = after(a, 0, 5)
            if rng.random() < 0.9:
                steps.append(([(border, 1.0)], d))
            if rng.random() < 0.28 or not steps:
                steps.append(([("ET-KUMER", 4), ("ET-AFTEET", 3), ("ET-AWLALA", 3)],
                              after(d, 10, 150)))  # fmt: skip
        else:  # Libya
            if rng.random() < 0.65:
                steps.append(([("LY-KUFRA", 1.0)], after(a, 0, 20)))
            if rng.random() < 0.12:
                steps.append(([("LY-BENGHAZI", 1.0)], after(a, 20, 300)))
            if rng.random() < 0.2 or not steps:
                steps.append(([("LY-TRIPOLI", 1.0)], after(a, 30, 400)))
        out = []
        for codes, day in sorted(steps, key=lambda s: s[1]):
            desk = self.open_desk(codes, day)
            day = max(day, desk.start)
            if not desk.k[7]:
                while day.weekday() in WEEKEND[desk.country]:
                    day += timedelta(days=1)
            if day <= END:
                out.append((desk, day))
        if not out:  # arrived late: registered at the last moment
            desk = self.open_desk(steps[0][0], END)
            out.append((desk, min(END, max(steps[0][1], desk.start))))
        return out

    def register(self, hh: Household) -> None:
        rng = self.rng
        plan = self.route(hh)
        extra = []
        for desk, day in plan:
            if rng.random() < 0.015:
                extra.append((desk, min(END, day + timedelta(days=rng.randint(1, 60))), True))
        plan2 = [(d, day, False) for d, day in plan] + extra
        plan2.sort(key=lambda x: x[1])
        members = hh.members
        for desk, day, rereg in plan2:
            ev = Event(desk, day, rng.randint(8 * 60, 15 * 60 + 30), desk.cpool.pick(rng), rereg)
            for p in members:
                if p.dob > day:
                    continue
                pres = 0.97 if p.role == "head" else 0.9
                if rereg:
                    pres = 0.6
                if rng.random() < pres:
                    ev.members.append(p)
            hh.events.append(ev)
        # a child born between two registrations
        if len(hh.events) >= 2 and rng.random() < 0.2:
            mothers = [p for p in members if p.sex == "F" and p.role in ("wife", "head")]
            mothers = [m for m in mothers if 18 < (hh.d0 - m.dob).days / 365.25 < 42]
            d1, d2 = hh.events[0].day, hh.events[-1].day
            if mothers and (d2 - d1).days > 2:
                m = mothers[0]
                dob = d1 + timedelta(days=rng.randrange(1, (d2 - d1).days))
                father = next((q for q in members if q.node == m.husb), None)
                sib = next((q for q in members if q.fnode == m.husb and q.role == "child"), None)
                if father is not None:
                    fanc, fn, gfn, fam = father.anc[:4], father.node, father.fnode, father.fam
                elif sib is not None:
                    fanc, fn, gfn, fam = sib.anc[1:5], sib.fnode, sib.gfnode, sib.fam
                else:
                    fanc = []
                if fanc:
                    sex = "M" if rng.random() < 0.51 else "F"
                    g = self.given(hh.region, sex, dob, [fanc[0]])
                    b = self.person(hh, sex, [g, *fanc], dob, "child", fn, gfn)
                    b.fam, b.tribe = fam, m.tribe
                    b.traps.add("born_in_exile")
                    b.dkind, b.doc = "exact", "card"
                    for ev in hh.events:
                        if ev.day >= dob and rng.random() < 0.9:
                            ev.members.append(b)
        counted = {id(p) for ev in hh.events for p in ev.members}
        for p in members:
            if id(p) not in counted:
                evs = [ev for ev in hh.events if ev.day >= p.dob]
                (evs[rng.randrange(len(evs))] if evs else hh.events[-1]).members.append(p)
        self.phones(hh)

    def phones(self, hh: Household) -> None:
        rng = self.rng
        cc = hh.country
        p_sim = {"TD": 0.45, "EG": 0.85, "SS": 0.5, "ET": 0.4, "LY": 0.7}[cc]
        for p in hh.members:
            if (hh.d0 - p.dob).days < 16 * 365 or rng.random() > p_sim:
                continue
            p.host.append((cc, _host_number(cc, rng), hh.arrive + timedelta(rng.randint(2, 120))))
        if "onward_libya" in (hh.members[0].traps if hh.members else ()):
            for p in hh.members:
                if p.host and rng.random() < 0.6:
                    p.host.append(("LY", _host_number("LY", rng), p.host[0][2] + timedelta(200)))

    # ---------------- generation
    def build(self) -> None:
        while len(self.persons) < self.n:
            start = len(self.households)
            self.household()
            for hh in self.households[start:]:
                if hh.members:
                    self.register(hh)
        if len(self.persons) > self.n:
            drop = {id(p) for p in self.persons[self.n :]}
            del self.persons[self.n :]
            for hh in self.households:
                hh.members = [p for p in hh.members if id(p) not in drop]
                for ev in hh.events:
                    ev.members = [p for p in ev.members if id(p) not in drop]
        self.mark_traps()

    def mark_traps(self) -> None:
        by_f: dict[int, list[Person]] = {}
        by_gf: dict[int, set[int]] = {}
        by_name: dict[tuple[str, str, str], set[int]] = {}
        by_husb: dict[int, int] = {}
        nodes = {p.node for p in self.persons}
        for p in self.persons:
            by_f.setdefault(p.fnode, []).append(p)
            if p.gfnode:
                by_gf.setdefault(p.gfnode, set()).add(p.fnode)
            by_name.setdefault((p.anc[0], p.anc[1], p.anc[2]), set()).add(p.fnode)
            if p.husb:
                by_husb[p.husb] = by_husb.get(p.husb, 0) + 1
        for p in self.persons:
            sib = by_f.get(p.fnode, ())
            if p.sex == "M" and sum(1 for q in sib if q.sex == "M") > 1:
                p.traps.add("brothers")
            elif len(sib) > 1:
                p.traps.add("siblings")
            if p.gfnode and len(by_gf.get(p.gfnode, ())) > 1:
                p.traps.add("cousins_share_grandfather")
            if len(by_name[(p.anc[0], p.anc[1], p.anc[2])]) > 1:
                p.traps.add("namesake")
            if p.fnode in nodes:
                p.traps.add("father_registered")
            if p.node in by_f and p.sex == "M":
                p.traps.add("child_registered")
            if p.husb and by_husb.get(p.husb, 0) > 1:
                p.traps.add("co_wife")


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randrange(10**n)).zfill(n)


def _host_number(cc: str, rng: random.Random) -> str:
    if cc == "TD":
        return rng.choice(("66", "65", "63", "62", "60", "99", "98", "95", "93", "90")) + _digits(
            rng, 6
        )
    if cc == "EG":
        return "1" + rng.choice("0125") + _digits(rng, 8)
    if cc == "SS":
        return "9" + rng.choice("1256") + _digits(rng, 7)
    if cc == "ET":
        return "9" + _digits(rng, 8)
    return "9" + rng.choice("1234") + _digits(rng, 7)


ADIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def fmt_phone(cc: str, nsn: str, how: str) -> str:
    code = CC[cc]
    if how == "intl":
        return "+" + code + nsn
    if how == "00":
        return "00" + code + nsn
    if how == "bare":
        return code + nsn
    return nsn if cc == "TD" else "0" + nsn


# --------------------------------------------------------------------------------------------
# Writing a registration as a clerk would
# --------------------------------------------------------------------------------------------


class Writer:
    def __init__(self, world: World) -> None:
        self.w = world
        self.rng = world.rng

    def lat(self, clerk: Clerk, key: str, style: str, tags: list[str]) -> str:
        s = clerk.cache.get(key)
        if s is None:
            s = _geo_pick(NAMES[key].forms[style], STEEP[style], clerk.rng)
            clerk.cache[key] = s
        if self.rng.random() < clerk.oral:
            forms = NAMES[key].forms[style]
            s = forms[self.rng.randrange(len(forms))]
            if self.rng.random() < 0.6:
                s = oral(s, self.rng)
            tags.append("oral")
        return s

    def ar(self, clerk: Clerk, key: str, nm: Nm | None = None) -> str:
        s = clerk.acache.get(key)
        base = nm.ar if nm is not None else NAMES[key].ar
        if s is None:
            b = base[0] if len(base) == 1 or clerk.rng.random() < 0.6 else base[1]
            s = ar_habits(b, clerk.hamza, clerk.ta, clerk.ya, clerk.join)
            clerk.acache[key] = s
        if self.rng.random() < 0.08:  # the clerk is not always consistent
            s = ar_habits(base[0], not clerk.hamza, clerk.ta, clerk.ya, not clerk.join)
        return s

    def passport(self, p: Person, key: str) -> str:
        if p.pp is None:
            p.pp = {}
        s = p.pp.get(key)
        if s is None:
            s = _geo_pick(NAMES[key].forms["sd"], 0.5, self.rng)
            p.pp[key] = s
        return s

    def record(self, p: Person, ev: Event, clerk: Clerk, split: bool) -> tuple[tuple, str]:
        rng = self.rng
        desk = ev.desk
        hh = p.hh
        tags: list[str] = []
        style = clerk.style
        doc = ""
        if p.carry and rng.random() < desk.k[4] * clerk.copyf:
            if p.doc == "passport" and style != "ar":
                doc = "passport"
            elif p.doc == "natid" and style == "ar":
                doc = "natid"
        if doc:
            tags.append("copied_" + doc)
        length = 4 if doc else clerk.chain
        if not doc and length > 2 and rng.random() < clerk.dropgf:
            length = 2
            tags.append("grandfather_dropped")
        keys = list(p.anc[:length])
        if rng.random() < clerk.shift and not doc:
            keys = list(p.anc[1 : 1 + length])
            tags.append("chain_shifted")
        elif p.nick and not doc and rng.random() < clerk.nick:
            keys[0] = p.nick
            tags.append("nickname")
        tags.append(f"style={'ar' if style == 'ar' else ('sd' if doc else style)}")
        tags.append(f"place={clerk.place}")
        tags.append(f"chain={len(keys)}")

        def r(k: str) -> str:
            if style == "ar":
                return self.ar(clerk, k)
            if doc == "passport":
                return self.passport(p, k)
            return self.lat(clerk, k, style, tags)

        names = [r(k) for k in keys]
        fam_s = r(p.fam) if p.fam else ""
        place = clerk.place
        patr = ""
        if place == "three":
            given, patr = names[0], names[1]
            family = " ".join(names[2:]) if len(names) > 2 else ""
        elif place == "three_fam":
            given, patr = names[0], names[1]
            family = fam_s or (" ".join(names[2:]) if len(names) > 2 else "")
        elif place == "two":
            given, family = names[0], " ".join(names[1:])
        elif place == "fr_nom":
            given, family = names[0], names[1]
            patr = " ".join(names[2:])
        elif place == "father_fam":
            given, family = names[0], names[1]
        elif place == "patr_chain":
            given, patr = names[0], " ".join(names[1:])
            family = fam_s
        else:  # chain_given
            given = " ".join(names)
            family = fam_s
        if not family:
            fill = clerk.famfill
            if fill == "tribe" and p.tribe:
                family = r(p.tribe)
                tags.append("tribe_as_family")
            elif fill == "repeat" or (fill == "tribe" and not p.tribe):
                family = names[-1]
                tags.append("last_name_repeated")
            else:
                family = clerk.holder
                tags.append("placeholder_family")
        elif fam_s and family == fam_s:
            tags.append("family_name")
        # the clerk gives the wife her husband's name, the children their mother's father's
        if clerk.headfam and p.role in ("wife", "child") and rng.random() < 0.6:
            head = hh.members[0] if hh.members else None
            if head is not None and head is not p and head.role == "head":
                if p.role == "wife" and head.sex == "M":
                    family = r(head.anc[0])
                    tags.append("husband_name_as_family")
                elif p.role == "child" and head.sex == "F":
                    family = r(head.anc[1])
                    tags.append("mother_father_as_family")
        if rng.random() < clerk.swap:
            given, family = family, given
            tags.append("given_family_swapped")
        if not given.strip():
            given = clerk.holder
        fields = [given, family, patr]
        for i in range(3):
            if fields[i] and rng.random() < clerk.typo:
                fields[i] = typo(fields[i], rng)
                tags.append("typo")
        if style != "ar":
            caps = "upper" if doc == "passport" and rng.random() < 0.7 else clerk.caps
            if caps == "upper":
                fields = [f.upper() for f in fields]
            elif caps == "fam_upper":
                fields[1] = fields[1].upper()
            tags.append("caps=" + caps)
        sex = p.sex
        if rng.random() < clerk.sexmiss:
            sex = ""
            tags.append("sex_missing")
        elif rng.random() < 0.002:
            sex = "F" if sex == "M" else "M"
            tags.append("sex_wrong")
        dob = self.dob(p, ev, clerk, doc, tags)
        origin = self.origin(hh, desk, clerk, tags)
        phone = self.phone(p, ev, clerk, tags)
        ref = self.ref(hh, p, desk, split, tags)
        minute = ev.minute
        stamp = f"{ev.day.isoformat()}T{minute // 60:02d}:{minute % 60:02d}"
        row = (fields[0], fields[1], fields[2], sex, dob, origin, phone, ref, stamp, desk.site)
        return row, ";".join(tags)

    def dob(self, p: Person, ev: Event, clerk: Clerk, doc: str, tags: list[str]) -> str:
        rng = self.rng
        if rng.random() < ev.desk.k[6]:
            tags.append("dob_missing")
            return ""
        d = p.dob
        kind = p.dkind
        if kind == "exact" and not doc and p.doc in ("passport", "natid", "") and not p.carry:
            if rng.random() < 0.25:
                kind = "year"  # without the card she only says the year
        if kind == "exact":
            if p.doc == "card" and not p.carry and rng.random() < 0.4:
                kind = "age"
        if kind == "exact":
            y, m, dd = d.year, d.month, d.day
            if not p.carry and not doc and rng.random() < 0.08:
                dd = max(1, min(28, dd + rng.choice((-2, -1, 1, 2))))
                tags.append("dob_day_misremembered")
            if dd <= 12 and dd != m and rng.random() < clerk.dm:
                m, dd = dd, m
                tags.append("dob_day_month_swapped")
            tags.append("dob=exact")
            return f"{y:04d}-{m:02d}-{dd:02d}"
        if kind == "year":
            y = d.year + (rng.choice((-1, 1)) if rng.random() < 0.08 else 0)
            tags.append("dob=year")
        else:
            if p.stated is None or rng.random() < 0.35:
                age = (ev.day - d).days / 365.25
                sd = 0.6 if age < 10 else (1.5 if age < 18 else (3.5 if age < 50 else 5.0))
                a = max(0, round(age + rng.gauss(0, sd)))
                if a >= 15 and rng.random() < 0.55:
                    a = 5 * round(a / 5)
                    if a >= 40 and rng.random() < 0.25:
                        a = 10 * round(a / 10)
                p.stated = ev.day.year - a
            y = p.stated
            tags.append("dob=age")
        if clerk.ec and rng.random() < clerk.ec:
            y -= 8 if rng.random() < 0.7 else 7
            tags.append("ethiopian_year")
        y = min(y, ev.day.year)
        unk = clerk.unk if rng.random() < 0.85 else rng.choice(("Y", "0101", "0107"))
        tags.append("unknown_as_" + unk)
        if unk == "Y":
            return f"{y:04d}"
        s = f"{y:04d}-{unk[2:]}-{unk[:2]}"
        return s if s <= ev.day.isoformat() else f"{y:04d}-01-01"

    def place_name(self, clerk: Clerk, key: str, ar: str, lat: list[str], fr: list[str],
                   un: str) -> str:  # fmt: skip
        st = clerk.style
        if st == "ar":
            s = clerk.acache.get("@" + key)
            if s is None:
                s = ar_habits(ar, clerk.hamza, clerk.ta, clerk.ya, False)
                clerk.acache["@" + key] = s
            return s
        s = clerk.cache.get("@" + key)
        if s is None:
            if st == "fr" and fr:
                s = _geo_pick(fr, 0.5, clerk.rng)
            elif st == "un" and un and clerk.rng.random() < 0.5:
                s = un
            else:
                s = _geo_pick(lat, 0.55 if st != "ss" else 0.8, clerk.rng)
            clerk.cache["@" + key] = s
        return s

    def origin(self, hh: Household, desk: Desk, clerk: Clerk, tags: list[str]) -> str:
        rng = self.rng
        lvl = clerk.olvl if rng.random() < 0.75 else rng.choice(("loc", "locstate", "state", "sub"))
        loc = hh.loc
        if hh.last is not None and desk.kind in ("border", "transit") and rng.random() < 0.5:
            loc = hh.last
            tags.append("origin=last_refuge")
        if hh.sshome is not None and desk.agency == "IOM" and rng.random() < 0.6:
            loc = hh.sshome
            tags.append("origin=home_in_south_sudan")
        tags.append("origin=" + lvl)
        if lvl == "missing":
            return ""
        if lvl == "country":
            return {"ar": "السودان", "fr": "Soudan"}.get(clerk.style, "Sudan")
        st = STATES[loc.state]
        state = self.place_name(clerk, loc.state, st[0], st[1], st[2], st[3])
        if lvl == "state":
            return state
        name = self.place_name(clerk, loc.key, loc.ar, loc.lat, loc.fr, loc.un)
        if lvl == "sub" and hh.sub is not None and loc is hh.loc:
            sub = hh.sub[0] if clerk.style == "ar" else hh.sub[1]
            if rng.random() < 0.5:
                return sub
            return f"{sub} - {name}" if clerk.style == "ar" else f"{sub}, {name}"
        if lvl == "locstate":
            return f"{name} - {state}" if clerk.style == "ar" else f"{name}, {state}"
        return name

    def phone(self, p: Person, ev: Event, clerk: Clerk, tags: list[str]) -> str:
        rng = self.rng
        desk = ev.desk
        if rng.random() < desk.k[3]:
            tags.append("phone=not_taken")
            return ""
        cc, nsn, how = "", "", "own"
        for hc, num, since in reversed(p.host):
            if since <= ev.day:
                cc, nsn = hc, num
                break
        if not nsn and p.sdphone and (not p.sdlost or rng.random() < 0.3):
            cc, nsn, how = "SD", p.sdphone, "own_sudan" if not p.sdlost else "old_sudan"
        if not nsn and rng.random() < 0.6:
            for q in ev.members:
                if q is p:
                    continue
                for hc, num, since in reversed(q.host):
                    if since <= ev.day:
                        cc, nsn, how = hc, num, "relative"
                        break
                if not nsn and q.sdphone and not q.sdlost:
                    cc, nsn, how = "SD", q.sdphone, "relative"
                if nsn:
                    break
        if not nsn:
            tags.append("phone=none")
            return ""
        if rng.random() < 0.01:
            i = rng.randrange(len(nsn))
            nsn = nsn[:i] + str(rng.randrange(10)) + nsn[i + 1 :]
            tags.append("phone_typo")
        tags.append(f"phone={how}_{cc}")
        fmt = clerk.pfmt if cc == desk.country else clerk.pfmt_sd
        s = fmt_phone(cc, nsn, fmt)
        if clerk.adigits and rng.random() < clerk.adigits:
            s = s.translate(ADIGITS)
            tags.append("arabic_digits")
        return s

    def ref(self, hh: Household, p: Person, desk: Desk, split: bool, tags: list[str]) -> str:
        rng = self.rng
        if rng.random() < desk.k[0]:
            tags.append("ref_missing")
            return ""
        agency = desk.country + ":" + desk.agency
        key = agency + (f"#{p.pid}" if split else "")
        r = hh.refs.get(key)
        if r is None:
            w = self.w
            n = w.refcount.get(agency)
            if n is None:
                n = rng.randrange(1000, 40000)
            n += rng.randint(1, 3)
            w.refcount[agency] = n
            yy = f"{hh.events[0].day.year % 100:02d}" if hh.events else "23"
            r = {
                "TD:UNHCR/CNARR": f"TCD-{yy}C{n:06d}",
                "TD:WFP": f"{2300000000 + n * 7:010d}",
                "EG:ERC": f"ERC/ASW/{n:05d}",
                "EG:UNHCR": f"555-{yy}C{n:05d}",
                "EG:StARS": f"ST{n:06d}",
                "SS:IOM": f"IOM-RNK-{n:06d}",
                "SS:UNHCR/CRA": f"SSD-{yy}-{n:06d}",
                "ET:RRS/UNHCR": f"ETH{yy}{n:07d}",
                "LY:IOM/LRC": f"KUF/{n:05d}",
                "LY:UNHCR": f"LBY-{yy}C{n:05d}",
            }[agency]
            hh.refs[key] = r
        if split:
            tags.append("ref_own")
        return r


# --------------------------------------------------------------------------------------------


def generate(people: int, seed: int, out: str, explain: bool) -> str:
    t0 = time.perf_counter()
    world = World(people, seed)
    world.build()
    rng = world.rng
    writer = Writer(world)
    rows: list[tuple] = []
    truth: list[Person] = []
    why: list[tuple[str, str, str, str]] = []
    for hh in world.households:
        for ev in hh.events:
            minute = ev.minute
            for p in ev.members:
                split = p.role not in ("head", "child", "child_alone") and rng.random() < 0.04
                clerk = ev.clerk
                if rng.random() < 0.1 or split:
                    clerk = ev.desk.cpool.pick(rng)
                ev.minute = minute
                row, tags = writer.record(p, ev, clerk, split)
                if ev.rereg:
                    tags += ";registered_again_same_desk"
                rows.append(row)
                truth.append(p)
                why.append((f"H{p.hh.hid:06d}", ev.desk.code, clerk.cid, tags))
                p.nrec += 1
                minute = min(minute + rng.randint(1, 5), 23 * 60 + 59)
            ev.minute = minute
    order = list(range(len(rows)))
    rng.shuffle(order)
    os.makedirs(out, exist_ok=True)
    header = ["record_id", "given_name", "family_name", "patronymic", "sex", "birth_date",
              "origin", "phone", "household_ref", "registered_at", "site"]  # fmt: skip
    with (
        open(os.path.join(out, "records.csv"), "w", newline="", encoding="utf-8") as fr,
        open(os.path.join(out, "truth.csv"), "w", newline="", encoding="utf-8") as ft,
    ):
        wr, wt = csv.writer(fr), csv.writer(ft)
        wr.writerow(header)
        wt.writerow(["record_id", "person_id"])
        for k, i in enumerate(order):
            rid = f"S{k + 1:07d}"
            wr.writerow((rid, *rows[i]))
            wt.writerow((rid, f"P{truth[i].pid:06d}"))
    if explain:
        with open(os.path.join(out, "why.csv"), "w", newline="", encoding="utf-8") as fw:
            ww = csv.writer(fw)
            ww.writerow(["record_id", "person_id", "household_id", "desk", "clerk", "tags",
                         "traps"])  # fmt: skip
            for k, i in enumerate(order):
                p = truth[i]
                hid, desk, cid, tags = why[i]
                traps = ";".join(sorted(p.traps))
                ww.writerow((f"S{k + 1:07d}", f"P{p.pid:06d}", hid, desk, cid, tags, traps))
    multi = sum(1 for p in world.persons if p.nrec > 1)
    secs = time.perf_counter() - t0
    return (
        f"twelfth_hands: people={len(world.persons)} records={len(rows)} "
        f"registered_2plus={multi / max(1, len(world.persons)):.1%} seconds={secs:.1f} out={out}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--people", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=121)
    ap.add_argument("--out", required=True)
    ap.add_argument("--explain", action="store_true", help="also write why.csv")
    a = ap.parse_args()
    print(generate(a.people, a.seed, a.out, a.explain))


if __name__ == "__main__":
    main()
