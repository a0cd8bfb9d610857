"""Fourteenth hands: Congolese refugees registered, desk after desk, across the Great Lakes.

This generator was written without looking at the engine: its source, its docs and its tests were
not read. It knows only the interchange format (record_id, given_name, family_name, patronymic,
sex, birth_date, origin, phone, household_ref, registered_at, site) and what the registration of
Congolese refugees looks like in the real world. It writes records.csv, truth.csv and, with
--explain, why.csv (the household, desk, clerk, clerk habits and traps behind every record).

THE WORLD
  Ten displacement episodes out of the DRC, each with its own years, communities of origin, ethnic
  mix, crossings and camps: Djugu (Hema/Lendu, 2017-18 over Lake Albert, Sebagoro reception then
  Kyangwali), Irumu and Beni (ADF, into Kyangwali, Kyaka II, Rwamwanja, Nakivale), Rutshuru
  (M23, 2022-24, Bunagana/Ishasha into the Nyakabande and Matanda transit centres, then Nakivale,
  Rwamwanja, Kyaka II), Goma 2023-25 (to Nyakabande and to Nkamira in Rwanda), Masisi (Nkamira,
  then Mahama and Kigeme), Uvira/Fizi (Cishemere transit then Kavumu, Bwagiriza, Musasa,
  Nyankanda, Kinama in Burundi; Nyarugusu in Tanzania) and Pweto/Moba/Kasai 2017-18 (Kenani
  transit then Mantapala in Zambia). Twenty desks register them: OPM/UNHCR transit and settlement
  registration, a biometric verification exercise, WFP cash and food lists, MSF health posts, IOM
  convoy manifests, an NGO protection caseload, MINEMA (Rwanda), ONPRA (Burundi), the Tanzanian
  Ministry of Home Affairs and the Zambian Commissioner for Refugees.

PEOPLE
  Households are nuclear families, polygamous households (one husband, two or three wives, each
  with her children), women-headed households, extended families fostering nephews and nieces,
  single young men, elderly couples and unaccompanied sibling groups. Every person has a Congolese
  "nom, postnom, prenom": African nom and postnom drawn (with a heavy, realistic skew) from Nande,
  Kinyarwanda, Hema, Lendu, Alur, Hunde, Shi, Bembe, Luba (Kasai and Katanga) or Lingala name
  stocks, and a French/Christian or Swahili virtue prenom (an Islamic one for Muslim families).
  Children do not inherit their father's nom: Nande children get birth-order names (Kambale,
  Paluku, Kasereka, Muhindo... for sons; Kahindo, Masika, Kavira, Kaswera... for daughters);
  some carry the father's nom as postnom. Some people have a second prenom (the baptismal one
  against the everyday Swahili one). Birth dates are known in full (voter card, birth
  notification), as a year only, or not at all (then the clerk estimates the age). Households
  carry DRC SIMs, later buy local ones (+256, +250, +257, +255, +260), or give a neighbour's or a
  community leader's number.

CLERKS AND HABITS
  Every desk has three to eight clerks; every clerk has fixed habits drawn from the desk's
  style: where the nom, postnom and prenom go in the two name fields (French NOM POSTNOM / Prenom,
  English "Prenom Postnom / Nom", the recited order taken as given-then-surname, the full name in
  one field, the African names only, the prenom and nom only), capitals, accents kept or dropped,
  how compound prenoms are written (Jean-Pierre, Jean Pierre, Jeanpierre, J. Pierre, Jean), which
  ear spells African names (Kinyarwanda/Runyakitara l->r, Bemba r->l, English tsh->ch, French
  h-dropping), known spelling variants, typos, day/month swaps, year-only or 1 January for
  unknown dates, estimated ages, phone formats, blank fields, household references in each
  agency's own format, translating French prenoms into English, writing a married woman under her
  husband's nom, filling the father's name when the form has that box. Members of one household
  are registered minutes apart by one clerk.

TRAPS
  Recorded per person in why.csv: namesake (the same nom, postnom and prenom as someone else) and
  common_name (same nom and prenom), twin (often both "Mapasa", or Mbuyi and Kanku),
  after_twins (Kilonda, Kizungu), sibling_pattern (Jean-Pierre, Jean-Paul, Jean-Claude...),
  named_after_parent, foster (and foster_surname when registered under the foster family's nom),
  unaccompanied, polygamous and polygamous_split (wives registered as separate households
  later, under references of their own), husband_nom,
  partial_name (only the nom, or no prenom, or no postnom at one desk), field_shift (the nom in
  the given field at one desk and the family field at another), prenom_switch (baptismal against
  everyday name), age_discrepancy (birth years two or more apart), shared_phone, recycler
  (registered again at another camp with changed details) and borrowed_child (a child added to
  a recycler's household).
"""

from __future__ import annotations

import argparse
import bisect
import os
import random
import time
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")

END_DAY = date(2025, 6, 30).toordinal()
HEADER = (
    "record_id,given_name,family_name,patronymic,sex,birth_date,origin,phone,household_ref,"
    "registered_at,site"
)


class Choice(Generic[T]):
    """A weighted choice over fixed items, one random() call per draw."""

    __slots__ = ("items", "cum")

    def __init__(self, pairs: list[tuple[T, float]] | tuple[tuple[T, float], ...]) -> None:
        self.items: list[T] = [k for k, _ in pairs]
        self.cum: list[float] = list(accumulate(float(w) for _, w in pairs))

    def __call__(self, rng: random.Random) -> T:
        i = bisect.bisect_right(self.cum, rng.random() * self.cum[-1])
        return self.items[min(i, len(self.items) - 1)]


def zipf(names: tuple[str, ...], s: float = 0.9) -> Choice[str]:
    """Names listed most common first; frequency falls off like 1/rank**s."""
    return Choice([(n, 1.0 / (r + 1) ** s) for r, n in enumerate(names)])


def dchoice(weights: dict[str, float]) -> Choice[str]:
    return Choice(list(weights.items()))


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

NANDE_SONS = ("kambale", "paluku", "kasereka", "muhindo", "mbusa", "kakule", "katembo", "kataliko")
NANDE_DAUGHTERS = (
    "kahindo",
    "masika",
    "kavira",
    "kaswera",
    "kavugho",
    "kasoki",
    "kanyere",
    "mbambu",
)
NANDE_OTHER = (
    "musavuli",
    "kisuba",
    "mathe",
    "vagheni",
    "siwako",
    "kasivwa",
    "kamathe",
    "kitsa",
    "malembe",
    "musubao",
    "sikuli",
    "kavusa",
    "mumbere",
    "kambere",
    "thembo",
    "kasonia",
    "mughanda",
    "vayikere",
    "muvunga",
    "katsuva",
    "kyakimwa",
    "ngeleza",
    "nzanzu",
    "tsongo",
    "muhasa",
    "maliro",
    "kisaka",
    "syauswa",
    "kahongya",
    "lusenge",
    "kavuya",
    "kamavu",
    "sivamwenda",
    "vihamba",
    "kambasu",
    "kasika",
    "mukirania",
    "katsongo",
    "kyanza",
    "kahambu",
    "kavughe",
    "vungi",
    "kimbesa",
    "mutsunga",
    "kalimumbalo",
    "masumbuko",
    "bwira",
    "vuhoyo",
    "kavunga",
    "kihuha",
    "mbafumoja",
    "kisuki",
    "mwenge",
)
RW_M = (
    "habimana",
    "niyonzima",
    "hakizimana",
    "bizimana",
    "nsengiyumva",
    "ndayambaje",
    "mugisha",
    "mutabazi",
    "twizeyimana",
    "niyitegeka",
    "munyaneza",
    "sebahire",
    "rukundo",
    "kabera",
    "gatete",
    "nshimiyimana",
    "nzeyimana",
    "havugimana",
    "mugabo",
    "sebagenzi",
    "munyakazi",
    "bizimungu",
    "habiyaremye",
    "ntirenganya",
    "hategekimana",
    "nsabimana",
    "ndayishimiye",
    "uwizeye",
    "iradukunda",
    "ishimwe",
    "tuyishime",
    "niyonkuru",
    "semahoro",
    "gasore",
    "rugazura",
    "ntawukuriryayo",
    "harerimana",
    "hagenimana",
    "habyarimana",
    "ndikumana",
    "ngendahimana",
    "dusabimana",
    "mbarushimana",
    "twagirimana",
    "munyemana",
    "ndahimana",
    "ndagijimana",
    "nizeyimana",
    "nsengimana",
    "hitimana",
    "manirakiza",
    "ntakirutimana",
    "nkurunziza",
    "bigirimana",
    "nduwimana",
    "sibomana",
    "nsanzimana",
    "karangwa",
    "murenzi",
    "rugamba",
    "gakwaya",
    "kalisa",
    "ntwari",
    "kwizera",
    "habineza",
    "ngabonziza",
    "barayagwiza",
    "sindayigaya",
    "kanamugire",
    "kayitare",
    "niyomugabo",
    "niyonsenga",
    "ndayisaba",
    "ndayizeye",
    "tuyisenge",
    "tuyizere",
    "nsengiyaremye",
    "uwiringiyimana",
    "rwagasana",
    "mukiza",
    "bimenyimana",
    "nshimirimana",
    "nibigira",
    "mpawenimana",
    "ntezimana",
    "maniraguha",
    "ndabereye",
)
RW_F = (
    "uwimana",
    "mukamana",
    "nyiramana",
    "nyirahabimana",
    "mukeshimana",
    "uwase",
    "niyonsaba",
    "uwamahoro",
    "ingabire",
    "iradukunda",
    "ishimwe",
    "uwineza",
    "nyirabagenzi",
    "nyiraneza",
    "mukamurenzi",
    "mukandayisenga",
    "nyiransabimana",
    "nyirabahizi",
    "mukantwari",
    "uwera",
    "tuyishime",
    "uwizeye",
    "nyirasafari",
    "niyonkuru",
    "uwamariya",
    "uwitonze",
    "uwiringiyimana",
    "mukabera",
    "mukagatare",
    "mukansanga",
    "mukamusoni",
    "mukakalisa",
    "nyiramahoro",
    "nyirakamana",
    "nyirangendo",
    "nyiramugisha",
    "nyirarukundo",
    "mukandori",
    "mukashema",
    "mukarugwiza",
    "umutoni",
    "umuhoza",
    "uwonkunda",
    "nyiransengiyumva",
    "mukangarambe",
    "nyirandikubwimana",
    "nyirabarera",
    "mukanyandwi",
    "ntakirutimana",
    "tuyisenge",
    "uwamahirwe",
    "nikuze",
    "mukamazimpaka",
    "kampire",
    "nyirabukeye",
    "mukandekezi",
    "uwayezu",
)
LUBA_M = (
    "kabongo",
    "tshibangu",
    "ilunga",
    "kalala",
    "mutombo",
    "kasongo",
    "kazadi",
    "mukendi",
    "tshimanga",
    "kabeya",
    "mulumba",
    "kalonji",
    "ngandu",
    "kabasele",
    "tshilombo",
    "mpoyi",
    "mwamba",
    "nkongolo",
    "lukusa",
    "kabuya",
    "muamba",
    "biaya",
    "kayembe",
    "muteba",
    "kabamba",
    "ngoyi",
    "mbuyi",
    "ntumba",
    "kanku",
    "mbaya",
    "kapuku",
    "tshiyombo",
    "kabengele",
    "tshilumba",
    "mulamba",
    "kamba",
    "mutamba",
    "tshiamala",
    "kabundi",
    "kalombo",
    "mbiya",
    "ngindu",
    "tshitenge",
    "kanda",
    "mukuna",
    "tshibuyi",
    "kalamba",
    "bakajika",
    "mbayo",
    "lumbala",
    "kasanji",
    "tshikala",
    "nsapu",
    "kamwanya",
    "mukenge",
    "tshiswaka",
    "kabangu",
    "mulenda",
    "kayemba",
    "ndaye",
    "tshimbombo",
)
LUBA_F = (
    "ngalula",
    "tshiela",
    "mbombo",
    "bilonda",
    "kapinga",
    "mujinga",
    "ntumba",
    "mbuyi",
    "kanku",
    "musau",
    "kalanga",
    "ngoyi",
    "tshibola",
    "ngandu",
    "kabedi",
    "mbuyamba",
    "ngoie",
    "mulanga",
    "kasongo",
    "tshilanda",
    "kabibi",
    "mpemba",
    "mbelu",
    "ngombe",
    "kalubi",
    "tshibuabua",
    "bitshilualua",
    "ngeleka",
    "muswamba",
    "mbalanda",
    "kabulo",
    "nsenga",
    "biuma",
    "kapajika",
    "tshianyi",
    "mutshipayi",
)
KATANGA_M = (
    "ilunga",
    "kasongo",
    "banza",
    "kyungu",
    "mwenze",
    "kalenga",
    "numbi",
    "mulongo",
    "kabwe",
    "mumba",
    "chanda",
    "mwansa",
    "ngoy",
    "mukalay",
    "kitwa",
    "kalwa",
    "mutombo",
    "kayumba",
    "kasanda",
    "kabulo",
    "kyembe",
    "mbayo",
    "kisimba",
    "kaseba",
    "mwanza",
    "mpanga",
    "kilufya",
    "kisula",
    "nkulu",
    "kalumba",
    "kaumba",
    "kapenda",
    "mukadi",
    "kibwe",
    "museba",
    "kyabu",
    "mulumba",
)
KATANGA_F = (
    "mwenze",
    "kyungu",
    "ngoy",
    "mujinga",
    "kapinga",
    "mwila",
    "mbuyu",
    "numbi",
    "chanda",
    "mwansa",
    "ilunga",
    "kasongo",
    "kaumba",
    "musonda",
    "mwape",
    "mumba",
    "kisimba",
    "kalwa",
    "mbayo",
    "kyabu",
    "mwaba",
    "mulenga",
    "kapenda",
)
HEMA_M = (
    "byaruhanga",
    "mugisa",
    "kisembo",
    "baguma",
    "tibasima",
    "kabagambe",
    "bahemuka",
    "lubanga",
    "kahwa",
    "ngona",
    "dhera",
    "katabuka",
    "ndahura",
    "tinkamanyire",
    "kasangaki",
    "bitaruho",
    "byamungu",
    "tabaro",
    "kagoro",
    "bagamba",
    "kasaija",
    "tinka",
    "baruti",
    "byakatonda",
    "kabagenyi",
    "mugenyi",
    "kaliba",
    "bisanga",
    "nyakaisiki",
    "katusabe",
    "rwakaikara",
    "mpora",
    "kajura",
    "byensi",
)
HEMA_F = (
    "atuhaire",
    "kyomuhendo",
    "mbabazi",
    "ateenyi",
    "kemigisa",
    "bagonza",
    "kabasiita",
    "mugisa",
    "kisembo",
    "ndahura",
    "ngona",
    "kabagenyi",
    "mugenyi",
    "nyakake",
    "kyakuhaire",
    "katusiime",
    "kembabazi",
    "kaliba",
    "bisanga",
)
LENDU = (
    "ngabu",
    "ndjabu",
    "ngudjolo",
    "dhetchuvi",
    "ndalo",
    "lonu",
    "ngbatsi",
    "djatsi",
    "dhesi",
    "mbitso",
    "lotsove",
    "dhebo",
    "ngadjole",
    "tsoro",
    "ngote",
    "unzi",
    "ndjango",
    "lotsima",
    "dhessa",
    "ngadjo",
    "ukwi",
    "ngadjuma",
    "ndruna",
    "dhedonga",
    "lonema",
    "tsedha",
    "ngbasa",
    "lodju",
    "ndjalo",
    "ngotsi",
    "ndrudu",
    "mbaraga",
    "tchulo",
    "buna",
    "lonzi",
    "ngaba",
    "djalo",
    "ndjaza",
    "dhelo",
)
ALUR_M = (
    "ukumu",
    "ucircan",
    "unencan",
    "uringi",
    "upar",
    "ucama",
    "ongiertho",
    "ukelo",
    "ocaya",
    "ubimo",
    "ujeji",
    "ucanda",
    "ukethwengu",
    "unyertho",
    "ulirwoth",
    "uweka",
    "ucoun",
    "okumu",
    "upio",
    "ukecwiny",
    "ubotha",
    "ukwonga",
    "ukethi",
)
ALUR_F = (
    "anyoti",
    "anyolitho",
    "akumu",
    "aciro",
    "ayiko",
    "anyango",
    "ukumu",
    "uringi",
    "anyonu",
    "anyuru",
    "akello",
    "afoyo",
    "awori",
    "anena",
    "amito",
    "anyiwer",
)
HUNDE = (
    "kalinda",
    "bashali",
    "kahembe",
    "kabuyaya",
    "mbuluga",
    "ndalama",
    "buunda",
    "kakuru",
    "mihigo",
    "kamanzi",
    "kahombo",
    "kalume",
    "mbonyi",
    "nyamulisa",
    "kabaka",
    "bulenda",
    "kanyamuhanda",
    "mpiranya",
    "kaboneka",
    "ndeze",
    "kibiriti",
    "nyabugenge",
    "buhendwa",
    "kabeya",
    "kasali",
    "maboko",
    "mwanyaluko",
    "biruru",
    "katembera",
    "kahindo",
    "kavira",
    "muhima",
    "bahati",
    "kabutwa",
    "ngabo",
    "munyamariba",
)
SHI_M = (
    "ashuza",
    "bisimwa",
    "cirimwami",
    "mugisho",
    "cirhuza",
    "mushagalusa",
    "murhula",
    "birindwa",
    "balagizi",
    "bashimbe",
    "namegabe",
    "baguma",
    "bahati",
    "bashige",
    "mulume",
    "cibalonza",
    "bashonga",
    "cikuru",
    "mirindi",
    "mwambusa",
    "bahizire",
    "cizungu",
    "kabonga",
    "mulengezi",
    "bahimba",
    "mudekereza",
    "bagalwa",
    "muhigirwa",
    "bugandwa",
    "kashosi",
    "bashizi",
    "mwendanga",
    "ntakobajira",
    "cishibanji",
    "byamungu",
    "lwaboshi",
    "kanefu",
    "mushamalirwa",
    "baharanyi",
    "mugaruka",
)
SHI_F = (
    "nabintu",
    "nsimire",
    "mapendo",
    "nabami",
    "cibalonza",
    "bulonza",
    "namegabe",
    "naweza",
    "bahati",
    "m'mugisho",
    "m'bisimwa",
    "nabuhoro",
    "namahirwe",
    "cikuru",
    "mwamini",
    "nankafu",
    "nabahavu",
    "m'ashuza",
    "nsimire",
    "nakabanda",
    "mirindi",
    "namwezi",
    "zihalirwa",
    "nyamuhanda",
)
BEMBE = (
    "alunga",
    "abwe",
    "aundja",
    "amisi",
    "ebondo",
    "kitungano",
    "lubunga",
    "mwenebatu",
    "sefu",
    "milenge",
    "atondo",
    "aluta",
    "asani",
    "lusambya",
    "abeli",
    "ekyoci",
    "akilimali",
    "yakuti",
    "kabwe",
    "mulenga",
    "mwamba",
    "ebwela",
    "alonda",
    "lukumwena",
    "milambo",
    "assumani",
    "kitumaini",
    "mutamba",
    "m'maganga",
    "sikitu",
    "aganze",
    "nakitungano",
    "matembela",
    "ngenda",
    "mbwebwe",
    "abuye",
    "ekanda",
    "mtoka",
    "mwenelwata",
    "idi",
    "alimasi",
    "aoci",
    "mulonda",
    "kisuku",
    "amuri",
    "byaene",
    "lwango",
    "songolo",
    "muzaliwa",
)
LINGALA = (
    "mbala",
    "nzuzi",
    "nsimba",
    "makiese",
    "mbemba",
    "bolingo",
    "lukusa",
    "matondo",
    "lutete",
    "mputu",
    "bokele",
    "mbuta",
    "ndombe",
    "kinkela",
    "bosenge",
    "mayala",
    "mabiala",
    "lokwa",
    "bokungu",
    "mpiana",
    "ngoma",
    "kiese",
    "mbuyamba",
    "bondo",
    "lomami",
    "nkuku",
    "masamba",
    "tshimpaka",
    "mokili",
    "lisanga",
    "bokeke",
    "ekofo",
    "mambu",
    "nzita",
    "luzolo",
    "makengo",
    "ntoto",
    "mboyo",
    "bonkoko",
    "lomboto",
)
MUSLIM_NOM = (
    "amisi",
    "ramazani",
    "saidi",
    "rashidi",
    "hassani",
    "bakari",
    "selemani",
    "shabani",
    "omari",
    "athumani",
    "salumu",
    "hamisi",
    "idi",
    "juma",
    "abdallah",
    "musa",
)

# group: (sons, daughters, postnoms of sons, postnoms of daughters, share with a postnom,
#         share of children whose postnom is the father's nom)
GROUPS: dict[str, tuple[tuple[str, ...], ...]] = {
    "nande": (
        NANDE_SONS + NANDE_OTHER,
        NANDE_DAUGHTERS + NANDE_OTHER,
        NANDE_SONS + NANDE_OTHER,
        NANDE_DAUGHTERS + NANDE_SONS + NANDE_OTHER,
    ),
    "kinyarwanda": (RW_M, RW_F, RW_M, RW_F + RW_M),
    "luba": (LUBA_M, LUBA_F, LUBA_M, LUBA_F + LUBA_M),
    "katanga": (KATANGA_M, KATANGA_F, KATANGA_M + LUBA_M[:8], KATANGA_F + KATANGA_M),
    "hema": (HEMA_M, HEMA_F, HEMA_M, HEMA_F + HEMA_M),
    "lendu": (LENDU, LENDU, LENDU, LENDU),
    "alur": (ALUR_M, ALUR_F, ALUR_M, ALUR_F + ALUR_M),
    "hunde": (HUNDE, HUNDE, HUNDE + NANDE_OTHER[:6], HUNDE + NANDE_OTHER[:6]),
    "shi": (SHI_M, SHI_F, SHI_M, SHI_F + SHI_M),
    "bembe": (BEMBE, BEMBE, BEMBE + MUSLIM_NOM[:6], BEMBE + MUSLIM_NOM[:6]),
    "lingala": (LINGALA, LINGALA, LINGALA, LINGALA),
}
POSTNOM_RATES = {
    "nande": (0.95, 0.35),
    "kinyarwanda": (0.45, 0.55),
    "luba": (0.9, 0.3),
    "katanga": (0.85, 0.3),
    "hema": (0.85, 0.3),
    "lendu": (0.85, 0.3),
    "alur": (0.8, 0.3),
    "hunde": (0.9, 0.3),
    "shi": (0.85, 0.3),
    "bembe": (0.85, 0.3),
    "lingala": (0.8, 0.3),
}
GROUP_NAMES = tuple(GROUPS)
# Kinyarwanda women's names are open-ended: Nyira- or Muka- before a name or a word.
RW_F_TAIL = tuple(
    pre + stem
    for stem in RW_M[:40]
    if not stem.startswith(("uw", "i", "tu"))
    for pre in ("nyira", "muka")
)
GROUPS["kinyarwanda"] = (RW_M, RW_F + RW_F_TAIL, RW_M, RW_F + RW_M + RW_F_TAIL)
POOLS: dict[str, tuple[Choice[str], Choice[str], Choice[str], Choice[str]]] = {
    g: (
        zipf(m, 0.5 if g == "kinyarwanda" else 0.9),
        zipf(f, 0.5 if g == "kinyarwanda" else 0.9),
        zipf(pm, 0.75),
        zipf(pf, 0.75),
    )
    for g, (m, f, pm, pf) in GROUPS.items()
}
MUSLIM_POOL = zipf(MUSLIM_NOM)

PRENOM_M = (
    "jean",
    "jean-pierre",
    "pascal",
    "dieudonné",
    "emmanuel",
    "jean-claude",
    "joseph",
    "patrick",
    "jean-marie",
    "innocent",
    "jean-paul",
    "jean de dieu",
    "pierre",
    "paul",
    "samuel",
    "moïse",
    "david",
    "daniel",
    "baraka",
    "fiston",
    "héritier",
    "jean-baptiste",
    "jean bosco",
    "trésor",
    "amani",
    "glody",
    "christophe",
    "faustin",
    "célestin",
    "augustin",
    "théophile",
    "josué",
    "élie",
    "jonathan",
    "exaucé",
    "prince",
    "blaise",
    "alain",
    "eric",
    "olivier",
    "fabrice",
    "désiré",
    "germain",
    "sylvain",
    "bienvenu",
    "justin",
    "didier",
    "léon",
    "françois",
    "benjamin",
    "isaac",
    "jacques",
    "théoneste",
    "félicien",
    "anastase",
    "aimable",
    "gloire",
    "bahati",
    "shukuru",
    "tumaini",
    "espoir",
    "merveille",
    "pacifique",
    "fidèle",
    "adolphe",
    "albert",
    "alexis",
    "ambroise",
    "andré",
    "antoine",
    "apollinaire",
    "arsène",
    "baudouin",
    "bernard",
    "boniface",
    "bruno",
    "camille",
    "charles",
    "claude",
    "constant",
    "corneille",
    "crispin",
    "cyprien",
    "damien",
    "delphin",
    "denis",
    "dominique",
    "edmond",
    "édouard",
    "éloi",
    "ernest",
    "étienne",
    "eugène",
    "évariste",
    "firmin",
    "florent",
    "floribert",
    "francis",
    "gaston",
    "gédéon",
    "georges",
    "gilbert",
    "godefroid",
    "guy",
    "henri",
    "hubert",
    "ignace",
    "jérôme",
    "jules",
    "laurent",
    "léonard",
    "lambert",
    "louis",
    "lucien",
    "marcel",
    "mathieu",
    "maurice",
    "modeste",
    "narcisse",
    "nestor",
    "norbert",
    "octave",
    "oscar",
    "papy",
    "patient",
    "placide",
    "prosper",
    "raphaël",
    "richard",
    "robert",
    "roger",
    "serge",
    "simon",
    "stanislas",
    "théodore",
    "thomas",
    "valentin",
    "victor",
    "vincent",
    "zacharie",
    "gentil",
    "déogratias",
    "bonheur",
    "destin",
    "cédric",
    "christian",
    "chadrack",
    "elvis",
    "rodrigue",
    "ezéchiel",
    "jérémie",
    "japhet",
    "néhémie",
    "caleb",
    "abraham",
    "enock",
    "esaïe",
    "luc",
    "marc",
    "jean-louis",
    "jean-de-la-croix",
    "emery",
    "jean-luc",
    "fidèle",
    "célestin",
    "eloge",
    "bijou",
    "dido",
)
PRENOM_F = (
    "marie",
    "esther",
    "espérance",
    "furaha",
    "neema",
    "jeanne",
    "marie-claire",
    "chantal",
    "joséphine",
    "faida",
    "béatrice",
    "françoise",
    "angélique",
    "rebecca",
    "sarah",
    "anuarite",
    "rachel",
    "ruth",
    "deborah",
    "grâce",
    "sifa",
    "julienne",
    "agnès",
    "élisabeth",
    "nadine",
    "francine",
    "riziki",
    "germaine",
    "solange",
    "zawadi",
    "odette",
    "pélagie",
    "mapendo",
    "clarisse",
    "claudine",
    "marie-louise",
    "amani",
    "marie-jeanne",
    "divine",
    "gloria",
    "dorcas",
    "naomie",
    "immaculée",
    "consolée",
    "vestine",
    "alphonsine",
    "donatille",
    "godelive",
    "imani",
    "vumilia",
    "yvonne",
    "jacqueline",
    "merveille",
    "pacifique",
    "bénédicte",
    "rosette",
    "aline",
    "nathalie",
    "adèle",
    "agathe",
    "albertine",
    "anne",
    "annie",
    "antoinette",
    "bernadette",
    "brigitte",
    "cécile",
    "christine",
    "claire",
    "colette",
    "dorothée",
    "émilie",
    "évelyne",
    "félicité",
    "florence",
    "gisèle",
    "henriette",
    "hortense",
    "irène",
    "jeanine",
    "joëlle",
    "judith",
    "léonie",
    "lucie",
    "madeleine",
    "marceline",
    "marthe",
    "monique",
    "noëlla",
    "patience",
    "pauline",
    "priscille",
    "régine",
    "rose",
    "sandrine",
    "suzanne",
    "sylvie",
    "thérèse",
    "véronique",
    "victorine",
    "virginie",
    "yvette",
    "mireille",
    "lydia",
    "miriam",
    "abigaël",
    "tabitha",
    "eunice",
    "jemima",
    "bénie",
    "gracia",
    "exaucée",
    "nelly",
    "falone",
    "elysée",
    "mamie",
    "riziki",
    "safi",
    "sylvana",
    "dativa",
    "speciose",
    "marie-rose",
    "marie-madeleine",
    "feza",
    "bora",
    "asifiwe",
    "nsimire",
    "ornella",
    "prisca",
    "ruth",
    "leah",
    "jolie",
)
VIRTUE_M = ("baraka", "amani", "bahati", "shukuru", "tumaini")
VIRTUE_F = (
    "furaha",
    "neema",
    "faida",
    "sifa",
    "riziki",
    "zawadi",
    "mapendo",
    "imani",
    "vumilia",
    "amani",
)
ISLAM_M = (
    "hassani",
    "abdallah",
    "ramazani",
    "selemani",
    "omari",
    "athumani",
    "issa",
    "musa",
    "yusufu",
    "ibrahimu",
    "saidi",
    "rashidi",
    "bakari",
    "salumu",
    "hamisi",
    "shabani",
    "ali",
    "juma",
    "idi",
    "mohamedi",
)
ISLAM_F = (
    "fatuma",
    "amina",
    "zainabu",
    "mwajuma",
    "mariamu",
    "aisha",
    "halima",
    "rehema",
    "zaina",
    "asha",
    "mwanaisha",
    "sharifa",
    "hadija",
    "saida",
    "zawadi",
)
ISLAMIC = frozenset(ISLAM_M + ISLAM_F)
PRENOM_POOLS = {"M": zipf(PRENOM_M, 0.7), "F": zipf(PRENOM_F, 0.7)}
VIRTUE_POOLS = {"M": zipf(VIRTUE_M, 0.5), "F": zipf(VIRTUE_F, 0.5)}
ISLAM_POOLS = {"M": zipf(ISLAM_M, 0.8), "F": zipf(ISLAM_F, 0.8)}
SIBLING_PATTERNS = {
    "M": (
        "jean-pierre",
        "jean-paul",
        "jean-claude",
        "jean-marie",
        "jean-baptiste",
        "jean de dieu",
        "jean bosco",
    ),
    "F": (
        "marie-claire",
        "marie-louise",
        "marie-jeanne",
        "marie-rose",
        "marie-thérèse",
        "marie-chantal",
        "marie-ange",
    ),
}
TWIN_PRENOMS = {
    "MM": (
        ("jean-pierre", "jean-paul"),
        ("moïse", "aaron"),
        ("merveille", "miracle"),
        ("daniel", "david"),
    ),
    "FF": (
        ("esther", "rachel"),
        ("grâce", "gloria"),
        ("neema", "furaha"),
        ("marie-claire", "marie-louise"),
    ),
    "MF": (
        ("emmanuel", "emmanuella"),
        ("daniel", "danielle"),
        ("prince", "princesse"),
        ("gloire", "grâce"),
    ),
}

# Known spelling variants heard or written at some desks.
VARIANTS: dict[str, tuple[str, ...]] = {
    "tshibangu": ("chibangu", "tsibangu", "shibangu"),
    "ngalula": ("ngarula", "ngalura"),
    "nyiramana": ("nyirahabimana", "nyira mana"),
    "nyirahabimana": ("nyiramana", "nyira habimana"),
    "kasereka": ("kaseraka", "kaserika", "kasereke"),
    "paluku": ("baluku", "palluku"),
    "kavugho": ("kavugo", "kavuho"),
    "thembo": ("tembo",),
    "kahindo": ("kaindo", "kahíndo"),
    "kambale": ("kambare", "kambali"),
    "muhindo": ("muhindu", "muindo"),
    "mbusa": ("mbussa",),
    "habimana": ("abimana",),
    "hakizimana": ("akizimana", "hakizamana"),
    "ndayishimiye": ("ndayishimie", "ndayisimiye"),
    "uwimana": ("uwimama", "ouimana"),
    "mukamana": ("muka mana",),
    "mutombo": ("mutombu",),
    "mbuyi": ("mbuyu", "mbuy", "mbuji"),
    "ilunga": ("irunga", "ilonga"),
    "kabongo": ("kabongu",),
    "tshiela": ("chiela", "tshela"),
    "kalala": ("karara", "kalara"),
    "mpoyi": ("mpoy", "mpoi"),
    "ngudjolo": ("ngujolo",),
    "ndjabu": ("njabu", "ndyabu"),
    "cirhuza": ("chiruza", "cirhuzza"),
    "cirimwami": ("chirimwami",),
    "mushagalusa": ("mushangalusa",),
    "masika": ("massika",),
    "kavira": ("kavila",),
    "nsengiyumva": ("nsengiyumba", "nsengimana"),
    "ramazani": ("ramadhani", "ramadhan", "ramazan"),
    "selemani": ("suleiman", "souleymane", "sulemani"),
    "hassani": ("hassan", "hasani"),
    "abdallah": ("abdala", "abdul", "abdoul"),
    "athumani": ("athuman", "osman", "athman"),
    "amisi": ("amissi",),
    "saidi": ("said", "saïdi"),
    "rashidi": ("rashid", "rachidi"),
    "shabani": ("chabani", "shaban"),
    "omari": ("omar", "omary"),
    "bakari": ("bakary",),
    "yusufu": ("youssouf", "yusuf"),
    "ibrahimu": ("ibrahim",),
    "mohamedi": ("mohamed", "mohammed", "muhammad"),
    "fatuma": ("fatouma", "fatima"),
    "zainabu": ("zainab", "zeinab"),
    "mariamu": ("mariam", "mariama"),
    "aisha": ("aïcha", "asha", "aicha"),
    "hadija": ("khadija", "hadidja"),
    "dieudonné": ("dieu-donné", "dieudone"),
    "espérance": ("espérence", "esperanse"),
    "anuarite": ("annuarite", "anouarite", "anualite"),
    "héritier": ("éritier", "héritié"),
    "glody": ("glodie", "glodi"),
    "jean de dieu": ("jean-de-dieu", "jean dedieu"),
    "jean bosco": ("jean-bosco", "bosco"),
    "furaha": ("furah",),
    "neema": ("nema", "neyema"),
    "faida": ("fayida",),
    "baraka": ("barack",),
    "théoneste": ("téoneste",),
    "naomie": ("naomi", "noémie"),
    "rebecca": ("rebeka", "rebeca"),
    "deborah": ("debora",),
    "sarah": ("sara",),
    "élisabeth": ("elizabeth",),
    "immaculée": ("imaculée",),
    "consolée": ("consolata",),
    "godelive": ("godlive",),
    "moïse": ("moyise",),
    "josué": ("jozué",),
    "fiston": ("fistone",),
    "exaucé": ("exhaucé",),
    "chantal": ("shantal",),
    "clarisse": ("clarise",),
    "béatrice": ("béatrix",),
    "rutshuru": ("rutsuru", "rutchuru"),
    "kitchanga": ("kichanga", "kitshanga"),
    "djugu": ("jugu", "dyugu"),
    "bunagana": ("bunangana",),
    "tshikapa": ("chikapa",),
    "nyiragongo": ("nyira-gongo",),
    "kalemie": ("kalemi",),
    "oicha": ("oïcha",),
}
TRANSLATE = {
    "jean": "john",
    "pierre": "peter",
    "jacques": "james",
    "marie": "mary",
    "jeanne": "jane",
    "moïse": "moses",
    "josué": "joshua",
    "élie": "elijah",
    "christophe": "christopher",
    "élisabeth": "elizabeth",
    "étienne": "stephen",
    "espérance": "hope",
    "grâce": "grace",
    "joséphine": "josephine",
    "françois": "francis",
    "françoise": "frances",
}

# ear: substitutions a clerk's ear makes when writing down a name it hears
EARS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("tsh", "ch"),
        ("tch", "ch"),
        ("ou", "u"),
        ("dj", "j"),
        ("dh", "d"),
        ("gh", "g"),
        ("th", "t"),
    ),
    "ug": (
        ("l", "r"),
        ("l", "r"),
        ("tsh", "ch"),
        ("ou", "u"),
        ("dj", "j"),
        ("gh", "g"),
        ("th", "t"),
    ),
    "rw": (("l", "r"), ("l", "r"), ("tsh", "sh"), ("ch", "sh"), ("dj", "j"), ("ou", "u")),
    "bi": (("l", "r"), ("tsh", "c"), ("sh", "s"), ("ch", "c"), ("ou", "u"), ("cy", "c")),
    "fr": (("sh", "ch"), ("j", "dj"), ("gh", "g"), ("^h", ""), ("w", "ou"), ("u", "ou")),
    "sw": (("tsh", "sh"), ("tsh", "ch"), ("dj", "j"), ("ou", "u"), ("dh", "d"), ("gh", "g")),
    "zm": (("r", "l"), ("r", "l"), ("tsh", "ch"), ("ou", "u"), ("dj", "j")),
}
COMMON_SLIPS = (("h", ""), ("ss", "s"), ("yi", "i"), ("e", "i"), ("o", "u"), ("a", "e"))

# ---------------------------------------------------------------------------------------------
# Places and episodes
# ---------------------------------------------------------------------------------------------

PROVINCE_FORMS = {
    "Nord-Kivu": ("Nord-Kivu", "North Kivu", "N. Kivu", "NK"),
    "Sud-Kivu": ("Sud-Kivu", "South Kivu", "S. Kivu", "SK"),
    "Ituri": ("Ituri", "Ituri", "Province Orientale"),
    "Haut-Katanga": ("Haut-Katanga", "Upper Katanga", "Katanga"),
    "Tanganyika": ("Tanganyika", "Katanga"),
    "Kasaï-Central": ("Kasaï-Central", "Kasai Central", "Kasai"),
    "Kasaï": ("Kasaï", "Kasai"),
}


@dataclass(frozen=True)
class Episode:
    key: str
    share: float
    windows: tuple[tuple[str, str, float], ...]
    groups: tuple[tuple[str, float], ...]
    muslim: float
    country: str
    transit: tuple[tuple[str, float], ...]
    p_transit: float
    camps: tuple[tuple[str, float], ...]
    origins: tuple[tuple[str, str, str, float], ...]


def _o(prov: str, terr: str, *locs: tuple[str, float]) -> tuple[tuple[str, str, str, float], ...]:
    return tuple((loc, terr, prov, w) for loc, w in locs)


EPISODES = (
    Episode(
        "ituri_djugu",
        17,
        (
            ("2017-12-15", "2018-05-31", 6),
            ("2019-06-01", "2020-06-30", 2),
            ("2022-01-01", "2022-12-31", 1),
        ),
        (("hema", 45), ("lendu", 30), ("alur", 15), ("nande", 5), ("lingala", 5)),
        0.05,
        "UG",
        (("UG-KYG", 1),),
        0.35,
        (("Kyangwali", 85), ("Kyaka II", 10), ("Nakivale", 5)),
        _o(
            "Ituri",
            "Djugu",
            ("Fataki", 8),
            ("Largu", 4),
            ("Drodro", 5),
            ("Blukwa", 5),
            ("Nizi", 4),
            ("Mongbwalu", 5),
            ("Jiba", 4),
            ("Bule", 3),
            ("Pimbo", 3),
            ("Djugu", 10),
            ("Kpandroma", 3),
        )
        + _o("Ituri", "Irumu", ("Bunia", 10)),
    ),
    Episode(
        "irumu",
        8,
        (("2019-01-01", "2023-12-31", 1),),
        (("hema", 25), ("lendu", 25), ("nande", 30), ("alur", 5), ("lingala", 5)),
        0.15,
        "UG",
        (),
        0.0,
        (("Kyangwali", 50), ("Kyaka II", 30), ("Rwamwanja", 20)),
        _o(
            "Ituri",
            "Irumu",
            ("Komanda", 6),
            ("Boga", 4),
            ("Tchabi", 3),
            ("Bunia", 10),
            ("Irumu", 8),
            ("Marabo", 2),
            ("Nyankunde", 3),
            ("Gety", 4),
            ("Kasenyi", 3),
        ),
    ),
    Episode(
        "beni",
        8,
        (("2019-06-01", "2023-12-31", 1),),
        (("nande", 85), ("hema", 5), ("lingala", 5), ("kinyarwanda", 5)),
        0.15,
        "UG",
        (),
        0.0,
        (("Rwamwanja", 40), ("Kyaka II", 30), ("Nakivale", 30)),
        _o(
            "Nord-Kivu",
            "Beni",
            ("Beni", 15),
            ("Oicha", 6),
            ("Mbau", 3),
            ("Kalunguta", 2),
            ("Mutwanga", 3),
            ("Kamango", 3),
            ("Eringeti", 3),
            ("Mavivi", 2),
            ("Kasindi", 3),
        )
        + _o("Nord-Kivu", "Lubero", ("Butembo", 6)),
    ),
    Episode(
        "rutshuru_ug",
        22,
        (("2022-03-25", "2022-12-31", 5), ("2023-01-01", "2024-12-31", 3)),
        (("kinyarwanda", 50), ("nande", 25), ("hunde", 15), ("lingala", 5), ("shi", 5)),
        0.04,
        "UG",
        (("UG-NYK", 70), ("UG-MTD", 30)),
        0.9,
        (("Nakivale", 50), ("Rwamwanja", 30), ("Kyaka II", 20)),
        _o(
            "Nord-Kivu",
            "Rutshuru",
            ("Rutshuru", 12),
            ("Bunagana", 10),
            ("Kiwanja", 8),
            ("Rubare", 3),
            ("Jomba", 5),
            ("Busanza", 4),
            ("Kisigari", 3),
            ("Rugari", 3),
            ("Rumangabo", 2),
            ("Tongo", 2),
            ("Kibirizi", 3),
            ("Nyamilima", 3),
            ("Ishasha", 3),
            ("Binza", 3),
            ("Kalengera", 2),
        ),
    ),
    Episode(
        "goma_ug",
        5,
        (("2023-10-01", "2025-03-31", 1),),
        (("kinyarwanda", 30), ("nande", 30), ("hunde", 10), ("shi", 15), ("lingala", 15)),
        0.08,
        "UG",
        (("UG-NYK", 1),),
        0.85,
        (("Nakivale", 60), ("Kyaka II", 20), ("Rwamwanja", 20)),
        _o("Nord-Kivu", "Goma", ("Goma", 20), ("Karisimbi", 5))
        + _o("Nord-Kivu", "Nyiragongo", ("Nyiragongo", 4), ("Kibumba", 4), ("Kanyaruchinya", 3))
        + _o("Nord-Kivu", "Masisi", ("Sake", 5), ("Mugunga", 3)),
    ),
    Episode(
        "masisi_rw",
        10,
        (("2022-11-01", "2024-12-31", 1),),
        (("kinyarwanda", 75), ("hunde", 20), ("nande", 5)),
        0.02,
        "RW",
        (("RW-NKM", 1),),
        0.95,
        (("Mahama", 70), ("Kigeme", 30)),
        _o(
            "Nord-Kivu",
            "Masisi",
            ("Masisi", 10),
            ("Kitchanga", 8),
            ("Mweso", 6),
            ("Kilolirwe", 4),
            ("Sake", 5),
            ("Nyamitaba", 3),
            ("Ngungu", 3),
            ("Rubaya", 4),
            ("Bihambwe", 2),
            ("Nyabiondo", 3),
        ),
    ),
    Episode(
        "goma_rw",
        7,
        (("2023-06-01", "2024-06-30", 3), ("2025-01-25", "2025-03-31", 2)),
        (("kinyarwanda", 40), ("nande", 20), ("hunde", 10), ("shi", 15), ("lingala", 15)),
        0.08,
        "RW",
        (("RW-NKM", 1),),
        0.9,
        (("Mahama", 80), ("Kigeme", 20)),
        _o("Nord-Kivu", "Goma", ("Goma", 20), ("Karisimbi", 4), ("Mugunga", 3))
        + _o("Nord-Kivu", "Nyiragongo", ("Nyiragongo", 4), ("Kibumba", 3), ("Buhimba", 2)),
    ),
    Episode(
        "uvira_bi",
        10,
        (("2017-09-01", "2018-12-31", 3), ("2025-02-10", "2025-04-30", 2)),
        (("bembe", 30), ("shi", 30), ("kinyarwanda", 20), ("lingala", 10), ("hunde", 10)),
        0.2,
        "BI",
        (("BI-CSH", 1),),
        0.85,
        (("Kavumu", 30), ("Bwagiriza", 25), ("Musasa", 15), ("Nyankanda", 15), ("Kinama", 15)),
        _o(
            "Sud-Kivu",
            "Uvira",
            ("Uvira", 15),
            ("Kiliba", 4),
            ("Sange", 4),
            ("Luvungi", 3),
            ("Kavimvira", 3),
            ("Makobola", 2),
            ("Lemera", 2),
        )
        + _o("Sud-Kivu", "Walungu", ("Kamanyola", 4))
        + _o("Sud-Kivu", "Fizi", ("Baraka", 6), ("Minembwe", 4), ("Fizi", 4)),
    ),
    Episode(
        "fizi_tz",
        7,
        (("2015-06-01", "2016-06-30", 2), ("2017-07-01", "2019-06-30", 3)),
        (("bembe", 65), ("shi", 15), ("kinyarwanda", 10), ("lingala", 10)),
        0.2,
        "TZ",
        (),
        0.0,
        (("Nyarugusu", 1),),
        _o(
            "Sud-Kivu",
            "Fizi",
            ("Baraka", 10),
            ("Fizi", 8),
            ("Mboko", 5),
            ("Lusenda", 3),
            ("Kazimia", 3),
            ("Sebele", 3),
            ("Nundu", 3),
        )
        + _o("Sud-Kivu", "Uvira", ("Uvira", 5)),
    ),
    Episode(
        "katanga_kasai_zm",
        6,
        (("2017-08-15", "2018-08-31", 1),),
        (("katanga", 55), ("luba", 40), ("bembe", 5)),
        0.03,
        "ZM",
        (("ZM-KEN", 1),),
        0.9,
        (("Mantapala", 1),),
        _o("Haut-Katanga", "Pweto", ("Pweto", 15), ("Kilwa", 4))
        + _o("Tanganyika", "Moba", ("Moba", 8))
        + _o("Tanganyika", "Kalemie", ("Kalemie", 5))
        + _o("Tanganyika", "Manono", ("Manono", 3))
        + _o("Kasaï-Central", "Kananga", ("Kananga", 6))
        + _o("Kasaï-Central", "Dibaya", ("Dibaya", 2))
        + _o("Kasaï", "Tshikapa", ("Tshikapa", 4))
        + _o("Kasaï", "Kamonia", ("Kamonia", 2)),
    ),
)

CAMP_DESK = {
    "Nakivale": "UG-NAK",
    "Rwamwanja": "UG-RWJ",
    "Kyaka II": "UG-KYK",
    "Kyangwali": "UG-KYG",
    "Mahama": "RW-CMP",
    "Kigeme": "RW-CMP",
    "Kavumu": "BI-CMP",
    "Bwagiriza": "BI-CMP",
    "Musasa": "BI-CMP",
    "Nyankanda": "BI-CMP",
    "Kinama": "BI-CMP",
    "Nyarugusu": "TZ-NYR",
    "Mantapala": "ZM-MTP",
}
COUNTRY_CAMPS = {
    "UG": ("Nakivale", "Rwamwanja", "Kyaka II", "Kyangwali"),
    "RW": ("Mahama", "Kigeme"),
    "BI": ("Kavumu", "Bwagiriza", "Musasa", "Nyankanda", "Kinama"),
    "TZ": ("Nyarugusu",),
    "ZM": ("Mantapala",),
}
EXTRA_DESKS = {
    "UG": {"ver": "UG-VER", "wfp": "UG-WFP", "msf": "UG-MSF", "pro": "UG-PRO", "iom": "IOM"},
    "RW": {"ver": "RW-CMP", "wfp": "RW-WFP", "iom": "IOM"},
    "BI": {"ver": "BI-CMP", "iom": "IOM", "pro": "BI-CMP"},
    "TZ": {"ver": "TZ-NYR", "msf": "TZ-MSF"},
    "ZM": {"ver": "ZM-MTP"},
}
TRANSIT_NAME = {
    "UG-NYK": "Nyakabande",
    "UG-MTD": "Matanda",
    "UG-KYG": "Sebagoro",
    "RW-NKM": "Nkamira",
    "BI-CSH": "Cishemere",
    "ZM-KEN": "Kenani",
}
FDP = {
    "Nakivale": ("Juru", "Rubondo", "Base Camp", "Kabazana"),
    "Kyangwali": ("Maratatu", "Kasonga", "Kagoma", "Malembo"),
    "Rwamwanja": ("FDP 1", "FDP 2", "FDP 3"),
    "Kyaka II": ("Bukere", "Sweswe", "Byabakora"),
    "Mahama": ("Mahama I", "Mahama II"),
    "Kigeme": ("Kigeme",),
}
PHONE_PLANS = {  # country code, mobile prefixes, digits after the prefix
    "CD": ("243", ("81", "82", "83", "84", "85", "89", "97", "99", "90"), 7),
    "UG": ("256", ("77", "78", "76", "70", "75", "74"), 7),
    "RW": ("250", ("78", "79", "72", "73"), 7),
    "BI": ("257", ("79", "71", "72", "68", "69", "61", "62"), 6),
    "TZ": ("255", ("74", "75", "76", "68", "69", "78", "65", "67", "71", "62"), 7),
    "ZM": ("260", ("96", "76", "97", "77", "95"), 7),
}

# ---------------------------------------------------------------------------------------------
# Desks and clerks
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    """The habits a desk hires for; each clerk draws fixed values from these ranges."""

    lay: dict[str, float] = field(
        default_factory=lambda: {
            "en_middle": 30,
            "prenom_nom": 22,
            "en_last": 14,
            "recited": 7,
            "fr_official": 12,
            "full_given": 5,
            "nom_given": 4,
            "african_only": 6,
        }
    )
    case: dict[str, float] = field(
        default_factory=lambda: {"title": 55, "upper": 40, "nom_upper": 5}
    )
    keep_acc: float = 0.1
    ear: str = "ug"
    ear_rate: tuple[float, float] = (0.03, 0.2)
    hyphen: dict[str, float] = field(
        default_factory=lambda: {"keep": 30, "space": 40, "join": 10, "initial": 10, "first": 10}
    )
    variant: tuple[float, float] = (0.05, 0.2)
    typo: tuple[float, float] = (0.004, 0.035)
    swappers: float = 0.35
    year: dict[str, float] = field(default_factory=lambda: {"jan1": 60, "year": 40})
    sex_blank: tuple[float, float] = (0.0, 0.03)
    origin: dict[str, float] = field(
        default_factory=lambda: {
            "loc": 40,
            "terr": 30,
            "loc_terr": 5,
            "prov": 10,
            "blank": 10,
            "drc": 5,
        }
    )
    phone: dict[str, float] = field(
        default_factory=lambda: {"local": 45, "e164": 20, "intl": 10, "spaced": 15, "bare": 10}
    )
    phone_blank: tuple[float, float] = (0.05, 0.3)
    head_all: float = 0.5
    hh_blank: tuple[float, float] = (0.02, 0.15)
    husband: tuple[float, float] = (0.45, 0.5)  # share of clerks with the habit, its rate
    translate: tuple[float, float] = (0.3, 0.25)  # same
    alt: tuple[float, float] = (0.1, 0.35)
    estimate: tuple[float, float] = (0.1, 0.4)
    patr: dict[str, float] = field(
        default_factory=lambda: {"nom": 50, "nom_post": 30, "pre_nom": 20}
    )


UG = Style()
STYLES: dict[str, Style] = {
    "ug": UG,
    "ug_rw": replace(UG, ear="rw", ear_rate=(0.05, 0.3)),
    "fr_cd": replace(
        UG,
        lay={
            "fr_official": 60,
            "nom_family": 18,
            "full_family": 10,
            "prenom_nom": 7,
            "african_only": 5,
        },
        case={"upper": 50, "nom_upper": 40, "title": 10},
        keep_acc=0.6,
        ear="fr",
        ear_rate=(0.02, 0.12),
        swappers=0.05,
        year={"jan1": 35, "year": 65},
        hyphen={"keep": 60, "space": 25, "join": 5, "initial": 10},
        origin={"loc": 50, "loc_terr": 20, "terr": 20, "prov": 5, "blank": 5},
        phone={"local": 50, "e164": 25, "spaced": 15, "intl": 10},
        husband=(0.02, 0.3),
        translate=(0.0, 0.0),
        estimate=(0.05, 0.2),
    ),
    "rw": replace(
        UG,
        lay={
            "prenom_nom": 35,
            "fr_official": 30,
            "nom_family": 15,
            "full_family": 8,
            "en_middle": 12,
        },
        case={"upper": 50, "title": 40, "nom_upper": 10},
        keep_acc=0.3,
        ear="rw",
        swappers=0.1,
        year={"jan1": 50, "year": 50},
        husband=(0.05, 0.3),
        translate=(0.05, 0.2),
        phone={"local": 50, "e164": 30, "intl": 20},
    ),
    "bi": replace(
        UG,
        lay={"fr_official": 55, "nom_family": 20, "full_family": 10, "prenom_nom": 15},
        case={"upper": 60, "nom_upper": 30, "title": 10},
        keep_acc=0.5,
        ear="bi",
        swappers=0.05,
        husband=(0.02, 0.3),
        translate=(0.0, 0.0),
        hyphen={"keep": 50, "space": 30, "join": 10, "initial": 10},
        phone={"bare": 40, "e164": 30, "spaced": 20, "intl": 10},
    ),
    "tz": replace(
        UG,
        lay={
            "en_middle": 30,
            "fr_official": 25,
            "prenom_nom": 20,
            "en_last": 12,
            "full_given": 8,
            "recited": 5,
        },
        case={"upper": 55, "title": 45},
        keep_acc=0.05,
        ear="sw",
        swappers=0.2,
        husband=(0.3, 0.4),
        translate=(0.1, 0.2),
    ),
    "zm": replace(
        UG,
        lay={
            "en_middle": 35,
            "prenom_nom": 22,
            "en_last": 15,
            "recited": 10,
            "fr_official": 13,
            "full_given": 5,
        },
        case={"upper": 45, "title": 55},
        ear="zm",
        swappers=0.35,
        husband=(0.4, 0.5),
        translate=(0.3, 0.3),
    ),
    "wfp": replace(
        UG,
        lay={"prenom_nom": 45, "en_middle": 25, "fr_official": 20, "african_only": 10},
        case={"title": 40, "upper": 40, "lower": 20},
        typo=(0.01, 0.06),
        phone_blank=(0.0, 0.08),
        hh_blank=(0.0, 0.03),
        head_all=0.9,
    ),
    "msf": replace(
        UG,
        lay={
            "prenom_nom": 40,
            "fr_official": 25,
            "nom_given": 12,
            "african_only": 13,
            "en_middle": 10,
        },
        case={"upper": 50, "title": 50},
        keep_acc=0.3,
        phone_blank=(0.3, 0.7),
        hh_blank=(0.7, 0.95),
        year={"year": 70, "jan1": 30},
        estimate=(0.3, 0.7),
        swappers=0.2,
    ),
    "iom": replace(
        UG,
        lay={"fr_official": 35, "en_middle": 30, "prenom_nom": 20, "full_family": 15},
        case={"upper": 80, "title": 20},
        ear="en",
        year={"year": 60, "jan1": 40},
        phone_blank=(0.5, 0.9),
        hh_blank=(0.0, 0.05),
        estimate=(0.2, 0.5),
    ),
    "pro": replace(
        UG,
        lay={"fr_official": 35, "en_middle": 25, "prenom_nom": 25, "nom_family": 15},
        case={"title": 50, "upper": 30, "nom_upper": 20},
        hh_blank=(0.1, 0.3),
        year={"year": 50, "jan1": 50},
        husband=(0.1, 0.3),
    ),
}


@dataclass(frozen=True)
class DeskSpec:
    key: str
    agency: str
    styles: tuple[tuple[str, float], ...]
    clerks: int
    ref_fmt: str
    patronymic: float
    ear: str | None = None


DESKS = (
    DeskSpec(
        "UG-NYK",
        "OPM/UNHCR Nyakabande transit registration",
        (("ug_rw", 70), ("ug", 15), ("fr_cd", 15)),
        8,
        "nyk",
        0.0,
    ),
    DeskSpec(
        "UG-MTD",
        "OPM/UNHCR Matanda transit registration",
        (("ug", 75), ("fr_cd", 25)),
        5,
        "mtd",
        0.0,
    ),
    DeskSpec(
        "UG-NAK", "OPM/UNHCR Nakivale reception", (("ug", 80), ("fr_cd", 20)), 6, "ug_pg", 0.05
    ),
    DeskSpec(
        "UG-RWJ", "OPM/UNHCR Rwamwanja reception", (("ug", 80), ("fr_cd", 20)), 5, "ug_pg", 0.05
    ),
    DeskSpec(
        "UG-KYK", "OPM/UNHCR Kyaka II reception", (("ug", 80), ("fr_cd", 20)), 5, "ug_pg", 0.05
    ),
    DeskSpec(
        "UG-KYG",
        "OPM/UNHCR Kyangwali and Sebagoro reception",
        (("ug", 70), ("fr_cd", 30)),
        7,
        "ug_pg",
        0.05,
    ),
    DeskSpec(
        "UG-VER", "UNHCR/OPM biometric verification", (("ug", 70), ("fr_cd", 30)), 8, "ug_pg", 0.3
    ),
    DeskSpec("UG-WFP", "WFP Uganda cash and food lists", (("wfp", 1),), 5, "scope", 0.0, "ug"),
    DeskSpec("UG-MSF", "MSF health posts", (("msf", 1),), 4, "msf", 0.2, "ug"),
    DeskSpec("UG-PRO", "NGO protection caseload", (("pro", 60), ("fr_cd", 40)), 5, "case", 0.9),
    DeskSpec("IOM", "IOM convoy manifests", (("iom", 1),), 4, "manifest", 0.0),
    DeskSpec("RW-NKM", "MINEMA/UNHCR Nkamira transit", (("rw", 1),), 6, "nkm", 0.1),
    DeskSpec("RW-CMP", "MINEMA/UNHCR camp registration", (("rw", 1),), 5, "rw_pg", 0.15),
    DeskSpec("RW-WFP", "WFP Rwanda cash lists", (("wfp", 60), ("rw", 40)), 3, "scope", 0.0, "rw"),
    DeskSpec("BI-CSH", "ONPRA/UNHCR Cishemere transit", (("bi", 1),), 5, "onpra", 0.6),
    DeskSpec(
        "BI-CMP", "ONPRA/UNHCR camp registration", (("bi", 85), ("fr_cd", 15)), 5, "bi_pg", 0.5
    ),
    DeskSpec("TZ-NYR", "MHA/UNHCR Nyarugusu registration", (("tz", 1),), 5, "tz", 0.1),
    DeskSpec("TZ-MSF", "MSF Nyarugusu hospital", (("msf", 1),), 3, "msf", 0.2, "sw"),
    DeskSpec("ZM-KEN", "COR/UNHCR Kenani transit", (("zm", 1),), 4, "ken", 0.2),
    DeskSpec(
        "ZM-MTP", "COR/UNHCR Mantapala settlement", (("zm", 80), ("fr_cd", 20)), 4, "zm_pg", 0.1
    ),
)


@dataclass(slots=True)
class Clerk:
    code: str
    style: str
    primary: str
    loyalty: float
    layouts: Choice[str]
    case: str
    keep_acc: bool
    hyphen: str
    ear: str
    ear_rate: float
    variant: float
    typo: float
    swap: float
    year_style: str
    estimate: float
    sex_blank: float
    origin: Choice[str]
    phone_fmt: str
    phone_blank: float
    head_all: bool
    hh_blank: float
    patr: float
    patr_style: str
    husband: float
    translate: float
    alt: float


@dataclass(slots=True)
class Desk:
    spec: DeskSpec
    clerks: list[Clerk]
    counter: int


def make_clerk(rng: random.Random, code: str, style_name: str, spec: DeskSpec) -> Clerk:
    s = STYLES[style_name]
    lay = dchoice(s.lay)
    origin_w = dict(s.origin)
    origin_w[rng.choice(sorted(origin_w))] *= 4  # every clerk has a favourite way
    return Clerk(
        code=code,
        style=style_name,
        primary=lay(rng),
        loyalty=rng.uniform(0.7, 0.95),
        layouts=lay,
        case=dchoice(s.case)(rng),
        keep_acc=rng.random() < s.keep_acc,
        hyphen=dchoice(s.hyphen)(rng),
        ear=spec.ear or s.ear,
        ear_rate=rng.uniform(*s.ear_rate),
        variant=rng.uniform(*s.variant),
        typo=rng.uniform(*s.typo),
        swap=rng.uniform(0.3, 0.9) if rng.random() < s.swappers else 0.0,
        year_style=dchoice(s.year)(rng),
        estimate=rng.uniform(*s.estimate),
        sex_blank=rng.uniform(*s.sex_blank),
        origin=dchoice(origin_w),
        phone_fmt=dchoice(s.phone)(rng),
        phone_blank=rng.uniform(*s.phone_blank),
        head_all=rng.random() < s.head_all,
        hh_blank=rng.uniform(*s.hh_blank),
        patr=spec.patronymic * rng.uniform(0.5, 1.0),
        patr_style=dchoice(s.patr)(rng),
        husband=s.husband[1] if rng.random() < s.husband[0] else 0.0,
        translate=s.translate[1] if rng.random() < s.translate[0] else 0.0,
        alt=rng.uniform(*s.alt),
    )


def build_desks(rng: random.Random) -> dict[str, Desk]:
    desks: dict[str, Desk] = {}
    for spec in DESKS:
        styles = Choice(spec.styles)
        n = max(3, spec.clerks + rng.randint(-1, 1))
        clerks = [make_clerk(rng, f"{spec.key}/c{i + 1}", styles(rng), spec) for i in range(n)]
        desks[spec.key] = Desk(spec, clerks, rng.randint(100, 9000))
    return desks


def site_for(desk: str, camp: str, kind: str, transit: str = "") -> str:
    fixed = {
        "UG-NYK": "Nyakabande TC",
        "UG-MTD": "Matanda TC",
        "UG-NAK": "Nakivale Base Camp",
        "UG-RWJ": "Rwamwanja",
        "UG-KYK": "Kyaka II",
        "RW-NKM": "Nkamira TC",
        "BI-CSH": "Cishemere TC",
        "TZ-NYR": "Nyarugusu",
        "TZ-MSF": "MSF Nyarugusu",
        "ZM-KEN": "Kenani TC",
        "ZM-MTP": "Mantapala",
    }
    if desk in fixed:
        return fixed[desk]
    if desk == "UG-KYG":
        return "Sebagoro reception" if kind == "transit" else "Kyangwali Kagoma"
    if desk in ("RW-CMP", "BI-CMP"):
        return camp
    if desk == "UG-VER":
        return f"{camp} verification"
    if desk == "UG-MSF":
        return f"MSF {camp}"
    if desk == "UG-PRO":
        return f"{camp} child protection"
    if desk == "IOM":
        return f"IOM {TRANSIT_NAME.get(transit, 'border')}-{camp}"
    return camp


# ---------------------------------------------------------------------------------------------
# People and households
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Person:
    pid: int
    hid: int
    sex: str
    born: int
    doc: str
    stated_year: int
    nom: str
    postnom: str
    prenom: str
    alt: str
    father: tuple[str, str, str]
    husband: str = ""
    phone: tuple[str, str] | None = None
    host_phone: tuple[str, str] | None = None
    host_after: int = 0
    traps: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Household:
    hid: int
    ep: Episode
    group: str
    islamic: bool
    kind: str
    flight: int
    origin: tuple[str, str, str]
    camp: str
    units: list[list[Person]]
    shared_phone: tuple[str, str] | None = None


@dataclass(slots=True)
class Event:
    kind: str
    desk: str
    site: str
    day: int
    units: list[list[Person]]
    carry: str = ""
    borrowed: Person | None = None


KINDS = Choice(
    (
        ("nuclear", 40),
        ("woman_headed", 22),
        ("polygamous", 6),
        ("extended", 10),
        ("single", 12),
        ("elderly", 3),
        ("uasc", 3),
        ("couple", 4),
    )
)
SPACING = (1, 2, 2, 2, 2, 3, 3, 4)
VOWEL_SLIP = {"a": "eo", "e": "ia", "i": "ey", "o": "ua", "u": "oi"}
KEY_NEAR = {
    "a": "sq",
    "b": "vn",
    "c": "xv",
    "d": "sf",
    "e": "wr",
    "f": "dg",
    "g": "fh",
    "h": "gj",
    "i": "uo",
    "j": "hk",
    "k": "jl",
    "l": "k",
    "m": "n",
    "n": "bm",
    "o": "ip",
    "p": "o",
    "q": "w",
    "r": "et",
    "s": "ad",
    "t": "ry",
    "u": "yi",
    "v": "cb",
    "w": "qe",
    "x": "zc",
    "y": "tu",
    "z": "x",
}


def strip_accents(s: str) -> str:
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def typo(s: str, rng: random.Random) -> str:
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 4:
        return s
    i = rng.choice(idx)
    c = s[i]
    op = rng.random()
    if op < 0.3:
        return s[:i] + s[i + 1 :]
    if op < 0.5:
        return s[:i] + c + s[i:]
    if op < 0.7 and i + 1 < len(s) and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + c + s[i + 2 :]
    low = c.lower()
    pool = VOWEL_SLIP.get(low) if op < 0.88 else None
    pool = pool or KEY_NEAR.get(strip_accents(low), "e")
    n = rng.choice(pool)
    return s[:i] + (n.upper() if c.isupper() else n) + s[i + 1 :]


def join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def ymd(ordinal: int) -> tuple[int, int, int]:
    d = date.fromordinal(ordinal)
    return d.year, d.month, d.day


class World:
    """Generates households, plans their registrations and renders every record."""

    def __init__(self, rng: random.Random, explain: bool) -> None:
        self.rng = rng
        self.explain = explain
        self.desks = build_desks(rng)
        self.episodes = Choice([(e, e.share) for e in EPISODES])
        self.ep_windows = {
            e.key: Choice(
                [
                    ((date.fromisoformat(a).toordinal(), date.fromisoformat(b).toordinal()), w)
                    for a, b, w in e.windows
                ]
            )
            for e in EPISODES
        }
        self.ep_groups = {e.key: Choice(e.groups) for e in EPISODES}
        self.ep_camps = {e.key: Choice(e.camps) for e in EPISODES}
        self.ep_transit = {e.key: Choice(e.transit) for e in EPISODES if e.transit}
        self.ep_origins = {
            e.key: Choice([((a, b, c), w) for a, b, c, w in e.origins]) for e in EPISODES
        }
        self.records: list[tuple[str, int, str]] = []
        self.rec_count: list[int] = []
        self.traps: list[str] = []
        self.key_full: dict[str, int] = {}
        self.key_part: dict[str, int] = {}
        self.person_keys: list[tuple[str, str]] = []
        self.shared: dict[str, list[tuple[str, str]]] = {}
        self.borrow_pool: dict[str, list[Person]] = {}
        self.n_households = 0

    # --- people -------------------------------------------------------------------------------

    def phone_number(self, plan: str) -> tuple[str, str]:
        cc, prefixes, k = PHONE_PLANS[plan]
        rng = self.rng
        return cc, rng.choice(prefixes) + f"{rng.randrange(10**k):0{k}d}"

    def af_name(self, group: str, sex: str, islamic: bool) -> str:
        if islamic and self.rng.random() < 0.4:
            return MUSLIM_POOL(self.rng)
        m, f, _, _ = POOLS[group]
        return (m if sex == "M" else f)(self.rng)

    def postnom_for(self, group: str, sex: str, nom: str, father_nom: str, child: bool) -> str:
        rng = self.rng
        has, from_father = POSTNOM_RATES[group]
        if rng.random() >= has:
            return ""
        if child and father_nom and father_nom != nom and rng.random() < from_father:
            return father_nom
        g = group if rng.random() < 0.92 else rng.choice(GROUP_NAMES)
        pool = POOLS[g][2 if sex == "M" else 3]
        post = pool(rng)
        for _ in range(3):
            if post != nom:
                break
            post = pool(rng)
        if group in ("luba", "katanga") and rng.random() < 0.04:
            post = "wa " + post
        return post

    def prenom_for(self, sex: str, islamic: bool, age: int) -> str:
        rng = self.rng
        if islamic and rng.random() < 0.85:
            return ISLAM_POOLS[sex](rng)
        if rng.random() < (0.15 if age >= 55 else 0.04):
            return ""
        return PRENOM_POOLS[sex](rng)

    def new_person(
        self,
        hh: Household,
        sex: str,
        age: int,
        nom: str,
        postnom: str,
        prenom: str,
        father: tuple[str, str, str],
        husband: str = "",
    ) -> Person:
        rng = self.rng
        born = hh.flight - age * 365 - rng.randint(0, 364)
        if age < 5:
            doc = "full" if rng.random() < 0.55 else "year"
        elif age < 18:
            doc = "full" if rng.random() < 0.35 else ("year" if rng.random() < 0.8 else "none")
        elif age < 60:
            r = rng.random()
            doc = "full" if r < 0.35 else ("year" if r < 0.8 else "none")
        else:
            r = rng.random()
            doc = "full" if r < 0.12 else ("year" if r < 0.45 else "none")
        year = date.fromordinal(born).year
        if doc != "full" and rng.random() < 0.3:
            year += rng.choice((-2, -1, -1, 1, 1, 2))
        if not postnom and not prenom and age < 55 and rng.random() < 0.7:
            prenom = PRENOM_POOLS[sex](rng)
        if prenom and prenom == nom:  # Omari Omari happens, but rarely
            prenom = (ISLAM_POOLS if prenom in ISLAMIC else PRENOM_POOLS)[sex](rng)
        alt = ""
        if prenom and rng.random() < 0.18 and prenom not in ISLAMIC:
            virtue = VIRTUE_M if sex == "M" else VIRTUE_F
            alt = (PRENOM_POOLS[sex] if prenom in virtue else VIRTUE_POOLS[sex])(rng)
            if alt == prenom:
                alt = ""
        p = Person(
            len(self.rec_count),
            hh.hid,
            sex,
            born,
            doc,
            year,
            nom,
            postnom,
            prenom,
            alt,
            father,
            husband,
        )
        self.rec_count.append(0)
        self.traps.append("")
        full = f"{strip_accents(nom)}|{strip_accents(postnom)}|{strip_accents(prenom)}"
        part = f"{strip_accents(nom)}|{strip_accents(prenom)}"
        self.key_full[full] = self.key_full.get(full, 0) + 1
        self.key_part[part] = self.key_part.get(part, 0) + 1
        self.person_keys.append((full, part))
        return p

    def adult(
        self, hh: Household, sex: str, age: int, group: str = "", husband: str = ""
    ) -> Person:
        g = group or hh.group
        nom = self.af_name(g, sex, hh.islamic)
        father = self.absent_father(g, hh.islamic, 0.6)
        postnom = self.postnom_for(g, sex, nom, father[0], True)
        return self.new_person(
            hh, sex, age, nom, postnom, self.prenom_for(sex, hh.islamic, age), father, husband
        )

    def absent_father(self, g: str, islamic: bool, p_prenom: float) -> tuple[str, str, str]:
        """The father of someone whose father is not registered: his nom, postnom, prenom."""
        fnom = self.af_name(g, "M", islamic)
        pre = self.prenom_for("M", islamic, 70) if self.rng.random() < p_prenom else ""
        return fnom, self.postnom_for(g, "M", fnom, "", False), pre

    def children(
        self,
        hh: Household,
        father: tuple[str, str, str],
        mother_age: int,
        group: str = "",
        max_n: int = 10,
        min_age: int = 0,
    ) -> list[Person]:
        rng = self.rng
        g = group or hh.group
        kids: list[Person] = []
        age = mother_age - rng.randint(17, 24)
        ranks = {"M": 0, "F": 0}
        after_twins = 0
        while age >= min_age and len(kids) < max_n:
            twins = rng.random() < 0.025
            sexes = [rng.choice("MF") for _ in range(2 if twins else 1)]
            born_kids: list[Person] = []
            leaves = age >= 18 and rng.random() < 0.65
            for k, sex in enumerate(sexes):
                if g == "nande" and rng.random() < 0.85:
                    order = NANDE_SONS if sex == "M" else NANDE_DAUGHTERS
                    nom = order[min(ranks[sex], len(order) - 1)]
                else:
                    nom = self.af_name(g, sex, hh.islamic)
                ranks[sex] += 1
                if twins and g in ("luba", "katanga") and rng.random() < 0.7:
                    nom = ("mbuyi", "kanku")[k]
                elif twins and g != "kinyarwanda" and rng.random() < 0.6:
                    nom = "mapasa"
                elif after_twins and g != "kinyarwanda" and rng.random() < 0.6:
                    nom = ("kilonda", "kizungu")[min(after_twins, 2) - 1]
                if leaves:
                    continue
                postnom = self.postnom_for(g, sex, nom, father[0], True)
                prenom = self.prenom_for(sex, hh.islamic, age)
                born_kids.append(self.new_person(hh, sex, age, nom, postnom, prenom, father))
            if twins and len(born_kids) == 2:
                a, b = born_kids
                b.born = a.born
                b.doc, b.stated_year = a.doc, a.stated_year
                if not hh.islamic and rng.random() < 0.5:
                    key = "".join(sorted(a.sex + b.sex))
                    if key == "FM":
                        key = "MF"
                    pair = rng.choice(TWIN_PRENOMS[key])
                    if key == "MF" and a.sex == "F":
                        pair = (pair[1], pair[0])
                    a.prenom, b.prenom = pair
                if rng.random() < 0.6:
                    b.postnom = a.postnom
                for p in born_kids:
                    p.traps.append("twin")
                after_twins = 1
            elif after_twins:
                for p in born_kids:
                    if p.nom in ("kilonda", "kizungu"):
                        p.traps.append("after_twins")
                after_twins = after_twins + 1 if after_twins < 2 else 0
            kids.extend(born_kids)
            age -= rng.choice(SPACING)
            if rng.random() < 0.08:
                break
        return kids

    def sibling_touches(
        self, kids: list[Person], father: Person | None, mother: Person | None
    ) -> None:
        rng = self.rng
        for sex in "MF":
            same = [k for k in kids if k.sex == sex and "twin" not in k.traps]
            if len(same) >= 2 and rng.random() < 0.12:
                names = list(SIBLING_PATTERNS[sex])
                rng.shuffle(names)
                for k, name in zip(same, names, strict=False):
                    k.prenom = name
                    k.traps.append("sibling_pattern")
        if father is not None and rng.random() < 0.04:
            sons = [k for k in kids if k.sex == "M" and "twin" not in k.traps]
            if sons:
                son = rng.choice(sons)
                son.nom, son.postnom = father.nom, father.postnom
                if rng.random() < 0.4:
                    son.prenom = father.prenom
                son.traps.append("named_after_parent")
                father.traps.append("named_after_parent")
        if mother is not None and rng.random() < 0.02:
            daughters = [k for k in kids if k.sex == "F" and "twin" not in k.traps]
            if daughters:
                d = rng.choice(daughters)
                d.nom, d.postnom = mother.nom, mother.postnom
                d.traps.append("named_after_parent")
                mother.traps.append("named_after_parent")

    def foster_kids(self, hh: Household, n: int) -> list[Person]:
        rng = self.rng
        out = []
        for _ in range(n):
            g = hh.group if rng.random() < 0.75 else self.ep_groups[hh.ep.key](rng)
            father = self.absent_father(g, hh.islamic, 0.3)
            sex = rng.choice("MF")
            age = rng.randint(1, 16)
            nom = self.af_name(g, sex, hh.islamic)
            p = self.new_person(
                hh,
                sex,
                age,
                nom,
                self.postnom_for(g, sex, nom, father[0], True),
                self.prenom_for(sex, hh.islamic, age),
                father,
            )
            p.traps.append("foster")
            out.append(p)
        return out

    def make_household(self, room: int) -> Household:
        rng = self.rng
        ep = self.episodes(rng)
        lo, hi = self.ep_windows[ep.key](rng)
        kind = KINDS(rng) if room > 1 else "single"
        hh = Household(
            self.n_households,
            ep,
            self.ep_groups[ep.key](rng),
            rng.random() < ep.muslim,
            kind,
            rng.randint(lo, hi),
            self.ep_origins[ep.key](rng),
            self.ep_camps[ep.key](rng),
            [],
        )
        self.n_households += 1
        for _ in range(20):
            units = self.members(hh, kind)
            if sum(len(u) for u in units) <= room:
                break
            self.discard(units)
            kind = "single" if room < 3 else rng.choice(("single", "couple", "woman_headed"))
            hh.kind = kind
        else:  # pragma: no cover - the single kind always fits
            units = self.members(hh, "single")
        hh.units = units
        self.phones(hh)
        return hh

    def discard(self, units: list[list[Person]]) -> None:
        """Forget people generated for a household that did not fit the remaining room."""
        n = sum(len(u) for u in units)
        for _ in range(n):
            self.rec_count.pop()
            self.traps.pop()
            full, part = self.person_keys.pop()
            self.key_full[full] -= 1
            self.key_part[part] -= 1

    def members(self, hh: Household, kind: str) -> list[list[Person]]:
        rng = self.rng
        if kind == "single":
            sex = "M" if rng.random() < 0.7 else "F"
            return [[self.adult(hh, sex, rng.randint(18, 40))]]
        if kind == "elderly":
            head = self.adult(hh, "M" if rng.random() < 0.5 else "F", rng.randint(60, 85))
            unit = [head]
            if head.sex == "M" and rng.random() < 0.5:
                unit.append(self.adult(hh, "F", rng.randint(55, 80), husband=head.nom))
            return [unit]
        if kind == "uasc":
            father = self.absent_father(hh.group, hh.islamic, 0.9)
            kids = self.children(
                hh, father, rng.randint(28, 40), max_n=rng.randint(1, 4), min_age=5
            ) or self.foster_kids(hh, 1)
            for k in kids:
                k.traps.append("unaccompanied")
            return [kids]
        h_age = 20 + int(rng.betavariate(2.2, 4.0) * 48)
        if kind == "woman_headed":
            father = self.absent_father(hh.group, hh.islamic, 0.9)
            head = self.adult(hh, "F", max(18, h_age - rng.randint(0, 8)), husband=father[0])
            kids = self.children(hh, father, ymd(hh.flight)[0] - ymd(head.born)[0])
            self.sibling_touches(kids, None, head)
            unit = [head, *kids]
            if rng.random() < 0.15:
                unit.append(self.adult(hh, "F", rng.randint(60, 80)))
            if rng.random() < 0.12:
                unit.extend(self.foster_kids(hh, rng.randint(1, 2)))
            return [unit]
        head = self.adult(hh, "M", h_age)
        fathers = (head.nom, head.postnom, head.prenom)
        if kind == "couple":
            wife = self.adult(hh, "F", max(17, h_age - rng.randint(0, 8)), husband=head.nom)
            return [[head, wife]]
        if kind == "polygamous":
            units: list[list[Person]] = []
            for w in range(rng.choice((2, 2, 2, 3))):
                w_age = max(17, h_age - rng.randint(2, 12) - 5 * w)
                wife = self.adult(hh, "F", w_age, husband=head.nom)
                kids = self.children(hh, fathers, w_age, max_n=7)
                self.sibling_touches(kids, head if w == 0 else None, wife)
                units.append(([head] if w == 0 else []) + [wife, *kids])
            for unit in units:
                for p in unit:
                    p.traps.append("polygamous")
            return units
        wife = self.adult(hh, "F", max(17, h_age - rng.randint(0, 12)), husband=head.nom)
        w_age = ymd(hh.flight)[0] - ymd(wife.born)[0]
        kids = self.children(hh, fathers, w_age)
        self.sibling_touches(kids, head, wife)
        unit = [head, wife, *kids]
        if kind == "extended":
            if rng.random() < 0.4:
                unit.append(self.adult(hh, rng.choice("MF"), rng.randint(60, 85)))
            unit.extend(self.foster_kids(hh, rng.randint(1, 3)))
        return [unit]

    def phones(self, hh: Household) -> None:
        rng = self.rng
        host = hh.ep.country
        adults = [p for u in hh.units for p in u if hh.flight - p.born >= 18 * 365]
        for i, p in enumerate(adults):
            first = i == 0
            if rng.random() < (0.6 if first else 0.2):
                p.phone = self.phone_number("CD")
            if rng.random() < (0.55 if first else 0.25):
                p.host_phone = self.phone_number(host)
                p.host_after = rng.randint(1, 90)
        if not any(p.phone or p.host_phone for p in adults) and rng.random() < 0.6:
            pool = self.shared.setdefault(hh.camp, [])
            if len(pool) < 3 or rng.random() < 0.25:
                pool.append(self.phone_number(host))
            hh.shared_phone = rng.choice(pool)

    # --- registrations -------------------------------------------------------------------------

    def plan(self, hh: Household) -> list[Event]:
        rng = self.rng
        ep = hh.ep
        extra = EXTRA_DESKS[ep.country]
        everyone = [[p for u in hh.units for p in u]]
        split = hh.units if len(hh.units) > 1 and rng.random() < 0.75 else everyone
        settle = CAMP_DESK[hh.camp]
        events: list[Event] = []
        transit = ""
        if ep.transit and rng.random() < ep.p_transit:
            transit = self.ep_transit[ep.key](rng)
            tday = hh.flight + rng.randint(0, 3)
            events.append(
                Event("transit", transit, site_for(transit, hh.camp, "transit"), tday, everyone)
            )
            base = tday
            if rng.random() < 0.16:
                sday = tday + rng.randint(2, 40)
                if "iom" in extra and rng.random() < 0.35:
                    events.append(
                        Event(
                            "iom",
                            "IOM",
                            site_for("IOM", hh.camp, "iom", transit),
                            sday - rng.randint(1, 2),
                            everyone,
                        )
                    )
                carry = "transit" if ep.country == "UG" and rng.random() < 0.2 else ""
                events.append(
                    Event("settle", settle, site_for(settle, hh.camp, "settle"), sday, split, carry)
                )
        else:
            base = hh.flight + rng.randint(0, 14)
            events.append(Event("settle", settle, site_for(settle, hh.camp, "settle"), base, split))
        if "ver" in extra and rng.random() < 0.06:
            d = extra["ver"]
            events.append(
                Event(
                    "ver",
                    d,
                    site_for(d, hh.camp, "ver"),
                    base + rng.randint(150, 720),
                    split,
                    "settle",
                )
            )
        if "wfp" in extra and rng.random() < 0.05:
            d = extra["wfp"]
            head = hh.units[0][0]
            if rng.random() < 0.4:
                units = split
            else:
                spouse = [p for p in hh.units[0][1:2] if p.sex != head.sex]
                units = [[head, *spouse[: rng.randint(0, 1)]]]
            site = f"{hh.camp} FDP {rng.choice(FDP.get(hh.camp, ('1', '2')))}"
            if d == "RW-WFP":
                site = f"WFP {hh.camp}"
            events.append(Event("wfp", d, site, base + rng.randint(20, 400), units))
        if "msf" in extra:
            d = extra["msf"]
            for p in everyone[0]:
                young = base - p.born < 5 * 365
                if rng.random() < (0.06 if young else 0.025):
                    events.append(
                        Event(
                            "msf", d, site_for(d, hh.camp, "msf"), base + rng.randint(0, 500), [[p]]
                        )
                    )
        if "pro" in extra:
            d = extra["pro"]
            site = site_for(d, hh.camp, "pro")
            if hh.kind == "uasc" and rng.random() < 0.75:
                events.append(Event("pro", d, site, base + rng.randint(0, 90), everyone))
            elif hh.kind == "woman_headed" and rng.random() < 0.08:
                events.append(Event("pro", d, site, base + rng.randint(0, 120), [hh.units[0]]))
            else:
                for p in everyone[0]:
                    if "foster" in p.traps and rng.random() < 0.25:
                        events.append(Event("pro", d, site, base + rng.randint(0, 200), [[p]]))
        if hh.kind not in ("uasc",) and rng.random() < 0.012:
            camps = [c for c in COUNTRY_CAMPS[ep.country] if c != hh.camp] or [hh.camp]
            camp = rng.choice(camps)
            d = CAMP_DESK[camp]
            unit = [p for p in everyone[0] if p is everyone[0][0] or rng.random() < 0.85]
            ev = Event(
                "recycle", d, site_for(d, camp, "settle"), base + rng.randint(20, 400), [unit]
            )
            pool = self.borrow_pool.get(ep.key, [])
            if pool and rng.random() < 0.35:
                ev.borrowed = pool.pop(rng.randrange(len(pool)))
                unit.append(ev.borrowed)
            events.append(ev)
            for p in unit:
                if p is not ev.borrowed:
                    p.traps.append("recycler")
        kids = [p for p in everyone[0] if base - p.born < 14 * 365 and base - p.born > 3 * 365]
        if kids and rng.random() < 0.1:
            pool = self.borrow_pool.setdefault(ep.key, [])
            pool.append(rng.choice(kids))
            if len(pool) > 40:
                pool.pop(0)
        if len(split) > 1 and any(e.units is split and e.kind != "transit" for e in events):
            for u in split:
                for p in u:
                    p.traps.append("polygamous_split")
        return [e for e in events if e.day <= END_DAY]

    def new_ref(self, desk: Desk, day: int) -> str:
        rng = self.rng
        desk.counter += rng.randint(1, 3)
        n = desk.counter
        y, m, d = ymd(day)
        yy = y % 100
        fmt = desk.spec.ref_fmt
        if fmt == "nyk":
            return f"NYK/{yy:02d}/{n:05d}"
        if fmt == "mtd":
            return f"MTD-{n:05d}"
        if fmt == "ug_pg":
            return f"UG{yy:02d}-{desk.spec.key[3:]}-{n:06d}"
        if fmt == "scope":
            return f"{rng.randrange(10**9, 10**10)}"
        if fmt == "msf":
            return f"MSF/{n:05d}"
        if fmt == "case":
            return f"CP/{yy:02d}/{n:04d}"
        if fmt == "manifest":
            return f"M{m:02d}{d:02d}-B{rng.randint(1, 14)}-F{rng.randint(1, 45)}"
        if fmt == "nkm":
            return f"NKM-{n:06d}"
        if fmt == "rw_pg":
            return f"RWA-{yy:02d}-{n:06d}"
        if fmt == "onpra":
            return f"ONPRA/CSH/{n:05d}"
        if fmt == "bi_pg":
            return f"BDI-{yy:02d}-{n:06d}"
        if fmt == "tz":
            return f"NYG/{yy:02d}/{n:06d}"
        if fmt == "ken":
            return f"KEN{n:05d}"
        return f"ZMB-{yy:02d}-{n:06d}"

    def register(self, hh: Household) -> None:
        rng = self.rng
        refs: dict[str, list[str]] = {}
        seen: dict[int, list[tuple[str, str, str]]] = {}
        for ev in sorted(self.plan(hh), key=lambda e: e.day):
            desk = self.desks[ev.desk]
            if ev.desk in ("UG-NYK", "UG-MTD", "RW-NKM", "BI-CSH", "ZM-KEN"):
                minute = rng.randint(7 * 60, 19 * 60)
            else:
                minute = rng.randint(8 * 60, 16 * 60 + 30)
            day_iso = date.fromordinal(ev.day).isoformat()
            carried = refs.get(ev.carry, [])
            made: list[str] = []
            for ui, unit in enumerate(ev.units):
                clerk = rng.choice(desk.clerks)
                if ui < len(carried) and rng.random() < (0.7 if ev.carry == "settle" else 1.0):
                    ref = carried[ui]
                else:
                    ref = self.new_ref(desk, ev.day)
                made.append(ref)
                head = unit[0]
                for p in unit:
                    minute = min(minute, 23 * 60 + 59)
                    when = f"{day_iso}T{minute // 60:02d}:{minute % 60:02d}"
                    obs = self.render(p, hh, ev, head, clerk, ref, when)
                    if p is not ev.borrowed:
                        seen.setdefault(p.pid, []).append(obs)
                    minute += rng.randint(1, 6) if ev.kind != "ver" else rng.randint(3, 9)
                minute += rng.randint(0, 25)
            refs[ev.kind] = made
            if ev.borrowed is not None:
                b = ev.borrowed
                self.traps[b.pid] = join(self.traps[b.pid], "borrowed_child").replace(" ", ";")
        for unit in hh.units:
            for p in unit:
                self.finish_traps(p, seen.get(p.pid, []))

    def finish_traps(self, p: Person, obs: list[tuple[str, str, str]]) -> None:
        traps = list(dict.fromkeys(p.traps))
        tags = {t for o in obs for t in o[2].split(";")}
        nom_places = {o[0][0] for o in obs if o[0][0] != "-"}
        pre_places = {o[0][1] for o in obs if o[0][1] != "-"}
        if len(nom_places) > 1 or len(pre_places) > 1:
            traps.append("field_shift")
        for tag, trap in (
            ("partial_name", "partial_name"),
            ("husband_nom", "husband_nom"),
            ("alt_prenom", "prenom_switch"),
            ("foster_surname", "foster_surname"),
            ("shared_phone", "shared_phone"),
        ):
            if tag in tags:
                traps.append(trap)
        years = [int(o[1]) for o in obs if o[1]]
        if years and max(years) - min(years) >= 2:
            traps.append("age_discrepancy")
        old = self.traps[p.pid]
        self.traps[p.pid] = ";".join(([old] if old else []) + traps)

    # --- rendering -----------------------------------------------------------------------------

    def spell_af(self, tok: str, clerk: Clerk, tags: list[str]) -> str:
        if not tok:
            return tok
        rng = self.rng
        if tok in VARIANTS and rng.random() < clerk.variant:
            tok = rng.choice(VARIANTS[tok])
            tags.append("variant")
        if rng.random() < clerk.ear_rate:
            rules = [
                r for r in EARS[clerk.ear] if (tok.startswith("h") if r[0] == "^h" else r[0] in tok)
            ]
            if rules:
                a, b = rng.choice(rules)
                if a == "^h":
                    tok = tok[1:]
                elif a in ("l", "r") and rng.random() < 0.5:
                    tok = tok.replace(a, b)
                else:
                    tok = tok.replace(a, b, 1)
                tags.append(f"ear:{a.lstrip('^')}>{b or '0'}")
        if rng.random() < clerk.ear_rate * 0.15:
            a, b = rng.choice(COMMON_SLIPS)
            if a in tok[1:]:
                i = tok.index(a, 1)
                tok = tok[:i] + b + tok[i + len(a) :]
                tags.append("slip")
        return tok

    def spell_pr(self, pr: str, clerk: Clerk, tags: list[str]) -> str:
        if not pr:
            return pr
        rng = self.rng
        if pr in VARIANTS and rng.random() < clerk.variant:
            pr = rng.choice(VARIANTS[pr])
            tags.append("variant")
        if clerk.translate and rng.random() < clerk.translate:
            parts = pr.replace("-", " ").split(" ")
            if any(x in TRANSLATE for x in parts):
                pr = " ".join(TRANSLATE.get(x, x) for x in parts)
                tags.append("translated")
        if ("-" in pr or " " in pr) and rng.random() < 0.85:
            parts = [x for x in pr.replace("-", " ").split(" ") if x]
            h = clerk.hyphen
            if h == "space":
                pr = " ".join(parts)
            elif h == "join":
                pr = "".join(parts)
            elif h == "initial" and len(parts) > 1:
                pr = f"{parts[0][0]}. {' '.join(parts[1:])}"
            elif h == "first":
                pr = parts[0]
            if h != "keep":
                tags.append(f"hyphen={h}")
        if not clerk.keep_acc:
            pr = strip_accents(pr)
        return pr

    def case(self, s: str, style: str, african: bool) -> str:
        if style == "upper" or (style == "nom_upper" and african):
            return s.upper()
        if style == "lower":
            return s
        return s.title()

    def render(
        self, p: Person, hh: Household, ev: Event, head: Person, clerk: Clerk, ref: str, when: str
    ) -> tuple[str, str, str]:
        rng = self.rng
        tags: list[str] = []
        nom, post, pre = p.nom, p.postnom, p.prenom
        age_days = ev.day - p.born
        if p.alt and rng.random() < clerk.alt:
            pre = p.alt
            tags.append("alt_prenom")
        if ev.kind == "recycle":
            tags.append("recycled")
            if post and rng.random() < 0.5:
                nom, post = post, nom
            if rng.random() < 0.3:
                pre = ""
            elif rng.random() < 0.3:
                pre = self.prenom_for(p.sex, hh.islamic, 30)
            if p is ev.borrowed and rng.random() < 0.5:
                nom, post = head.nom, ""
                tags.append("foster_surname")
        elif "foster" in p.traps and p is not head and rng.random() < 0.25:
            nom, post = head.nom, ""
            tags.append("foster_surname")
        partial_p = 0.06 if ev.kind in ("msf", "iom", "wfp") else 0.015
        if rng.random() < partial_p:
            r = rng.random()
            if r < 0.45 and post:
                post = ""
            elif r < 0.8 and pre and (post or nom):
                pre = ""
            else:
                post = pre = ""
            tags.append("partial_name")
        if p.husband and clerk.husband and age_days >= 16 * 365 and rng.random() < clerk.husband:
            pre = pre or nom
            nom, post = p.husband, ""
            tags.append("husband_nom")
        nom = self.spell_af(nom, clerk, tags)
        post = self.spell_af(post, clerk, tags)
        pre = self.spell_pr(pre, clerk, tags)
        cs = clerk.case
        nom_c, post_c, pre_c = (
            self.case(nom, cs, True),
            self.case(post, cs, True),
            self.case(pre, cs, False),
        )
        layout = clerk.primary if rng.random() < clerk.loyalty else clerk.layouts(rng)
        given, family = self.layout(layout, nom_c, post_c, pre_c)
        if not given or not family:
            parts = [x for x in (nom_c, post_c, pre_c) if x]
            if len(parts) >= 2:
                family, given = parts[0], " ".join(parts[1:])
            else:
                family = given = parts[0]
                tags.append("single_name")
            layout = "fallback"
        tags.append(f"layout={layout}")
        placed = self.placement(given, family, nom_c, pre_c)
        if rng.random() < clerk.typo:
            given = typo(given, rng)
            tags.append("typo")
        if rng.random() < clerk.typo:
            family = typo(family, rng)
            tags.append("typo")
        patr = self.patronymic(p, hh, clerk, tags)
        sex = p.sex
        if rng.random() < clerk.sex_blank:
            sex = ""
        elif rng.random() < 0.002:
            sex = "F" if sex == "M" else "M"
            tags.append("sex_slip")
        birth = self.birth(p, ev, clerk, tags)
        origin = self.origin(hh, clerk)
        phone = self.phone(p, hh, ev, head, clerk, tags)
        if ref and rng.random() < clerk.hh_blank:
            ref = ""
        if not ref:
            tags.append("no_ref")
        row = ",".join((given, family, patr, sex, birth, origin, phone, ref, when, ev.site))
        why = ""
        if self.explain:
            why = f"H{p.hid:06d},{ev.desk},{clerk.code},{';'.join(tags)}"
        self.records.append((row, p.pid, why))
        self.rec_count[p.pid] += 1
        return placed, birth[:4], ";".join(tags)

    @staticmethod
    def placement(given: str, family: str, nom: str, pre: str) -> str:
        """Where the nom and the prenom went: f(amily), g(iven), b(oth) or - (absent)."""
        fam, giv = family.split(" "), given.split(" ")

        def where(name: str) -> str:
            first = name.split(" ")[0] if name else ""
            if not first:
                return "-"
            return {(True, True): "b", (True, False): "f", (False, True): "g"}.get(
                (first in fam, first in giv), "-"
            )

        where_nom, where_pre = where(nom), where(pre)
        return where_nom + where_pre

    @staticmethod
    def layout(layout: str, nom: str, post: str, pre: str) -> tuple[str, str]:
        if layout == "fr_official":
            return pre, join(nom, post)
        if layout == "nom_family":
            return join(post, pre), nom
        if layout == "en_middle":
            return join(pre, post), nom
        if layout == "en_last":
            return (join(pre, nom), post) if post else (pre, nom)
        if layout == "prenom_nom":
            return pre, nom
        if layout == "african_only":
            return post, nom
        if layout == "nom_given":
            return nom, post
        if layout == "recited":
            return join(nom, post), pre
        if layout == "full_family":
            return pre, join(nom, post, pre)
        return join(nom, post, pre), nom

    def patronymic(self, p: Person, hh: Household, clerk: Clerk, tags: list[str]) -> str:
        rng = self.rng
        if not clerk.patr or rng.random() >= clerk.patr:
            return ""
        fnom, fpost, fpre = p.father
        fnom = self.spell_af(fnom, clerk, tags)
        if clerk.patr_style == "nom" or (not fpost and not fpre):
            out = self.case(fnom, clerk.case, True)
        elif clerk.patr_style == "nom_post" and fpost:
            out = join(
                self.case(fnom, clerk.case, True),
                self.case(self.spell_af(fpost, clerk, tags), clerk.case, True),
            )
        else:
            pre = self.spell_pr(fpre, clerk, tags)
            out = join(self.case(pre, clerk.case, False), self.case(fnom, clerk.case, True))
        tags.append("patronymic")
        return out

    def birth(self, p: Person, ev: Event, clerk: Clerk, tags: list[str]) -> str:
        rng = self.rng
        y, m, d = ymd(p.born)
        ev_year = ymd(ev.day)[0]
        if ev.kind == "recycle":
            year = min(y + rng.choice((-3, -2, -1, 1, 2, 3)), ev_year)
            tags.append("dob=shifted")
            return f"{year}" if clerk.year_style == "year" else f"{year}-01-01"
        if p.doc == "full" and rng.random() < 0.9:
            if (
                d <= 12
                and d != m
                and rng.random() < clerk.swap
                and date(y, d, m).toordinal() <= ev.day
            ):
                m, d = d, m
                tags.append("dm_swap")
            if rng.random() < clerk.typo * 0.3 and (m, d) != (2, 29):
                shift = rng.choice((-10, -1, 1, 10))
                y += shift if date(y + shift, m, d).toordinal() < ev.day else -shift
                tags.append("dob_typo")
            tags.append("dob=full")
            return f"{y:04d}-{m:02d}-{d:02d}"
        if p.doc == "none" or rng.random() < clerk.estimate * (0.5 if p.doc == "year" else 1):
            true_age = (ev.day - p.born) // 365
            if true_age >= 18:
                est = true_age + round(rng.gauss(0, 3))
                if rng.random() < 0.5:
                    est = 5 * round(est / 5)
            else:
                est = true_age + round(rng.gauss(0, 1))
            year = ev_year - max(0, est)
            tags.append("dob=estimated")
        else:
            year = p.stated_year
            if rng.random() < 0.12:
                year += rng.choice((-1, 1))
            tags.append("dob=year")
        year = min(year, ev_year)
        if clerk.year_style == "year":
            return f"{year}"
        return f"{year}-01-01"

    def origin(self, hh: Household, clerk: Clerk) -> str:
        rng = self.rng
        loc, terr, prov = hh.origin
        style = clerk.origin(rng)
        if style == "blank":
            return ""
        if style == "drc":
            return "RDC" if clerk.ear == "fr" else "DRC"
        if style == "prov":
            out = rng.choice(PROVINCE_FORMS[prov])
        else:
            low = loc.lower()
            if low in VARIANTS and rng.random() < clerk.variant:
                loc = VARIANTS[low][0].title()
            if style == "loc":
                out = loc
            elif style == "terr":
                out = terr
            else:
                out = loc if loc == terr else f"{loc}/{terr}"
        return out.upper() if clerk.case == "upper" else out

    def phone(
        self, p: Person, hh: Household, ev: Event, head: Person, clerk: Clerk, tags: list[str]
    ) -> str:
        rng = self.rng
        if rng.random() < clerk.phone_blank:
            return ""
        elapsed = ev.day - hh.flight

        def own(q: Person) -> tuple[str, str] | None:
            host = q.host_phone if q.host_phone and elapsed >= q.host_after else None
            if host and q.phone:
                return host if rng.random() < 0.75 else q.phone
            return host or q.phone

        adult = ev.day - p.born >= 18 * 365
        number = own(p) if adult else None
        if number is None and (clerk.head_all or adult or rng.random() < 0.2):
            number = own(head)
            if number is None:
                for q in hh.units[0]:
                    if q is not head and ev.day - q.born >= 18 * 365:
                        number = own(q)
                        if number:
                            break
            if number is None and hh.shared_phone:
                number = hh.shared_phone
                tags.append("shared_phone")
        if ev.kind == "recycle" and number is not None:
            number = self.phone_number(hh.ep.country)
        if number is None:
            return ""
        cc, nat = number
        if rng.random() < clerk.typo * 0.5:
            i = rng.randrange(len(nat))
            nat = nat[:i] + str(rng.randrange(10)) + nat[i + 1 :]
            tags.append("phone_typo")
        fmt = clerk.phone_fmt
        trunk = "" if cc == "257" else "0"
        if fmt == "e164":
            return f"+{cc}{nat}"
        if fmt == "local":
            return trunk + nat
        if fmt == "intl":
            return cc + nat
        if fmt == "spaced":
            return f"+{cc} {nat[:3]} {nat[3:6]} {nat[6:]}".rstrip()
        return nat

    # --- output --------------------------------------------------------------------------------

    def write(self, out: str) -> tuple[int, int]:
        rng = self.rng
        os.makedirs(out, exist_ok=True)
        records = self.records
        rng.shuffle(records)
        width = max(7, len(str(len(records))))
        full_n, part_n = self.key_full, self.key_part
        for pid, (full, part) in enumerate(self.person_keys):
            extra = []
            if full_n[full] > 1:
                extra.append("namesake")
            elif part_n[part] > 1:
                extra.append("common_name")
            if extra:
                self.traps[pid] = ";".join([t for t in (self.traps[pid],) if t] + extra)
        with (
            open(os.path.join(out, "records.csv"), "w", encoding="utf-8", newline="") as rf,
            open(os.path.join(out, "truth.csv"), "w", encoding="utf-8", newline="") as tf,
        ):
            rf.write(HEADER + "\n")
            tf.write("record_id,person_id\n")
            rbuf: list[str] = []
            tbuf: list[str] = []
            for i, (row, pid, _) in enumerate(records):
                rid = f"S{i + 1:0{width}d}"
                rbuf.append(f"{rid},{row}\n")
                tbuf.append(f"{rid},P{pid + 1:07d}\n")
                if len(rbuf) >= 20000:
                    rf.write("".join(rbuf))
                    tf.write("".join(tbuf))
                    rbuf.clear()
                    tbuf.clear()
            rf.write("".join(rbuf))
            tf.write("".join(tbuf))
        if self.explain:
            with open(os.path.join(out, "why.csv"), "w", encoding="utf-8", newline="") as wf:
                wf.write("record_id,person_id,household_id,desk,clerk,tags,traps\n")
                buf: list[str] = []
                for i, (_, pid, why) in enumerate(records):
                    buf.append(f"S{i + 1:0{width}d},P{pid + 1:07d},{why},{self.traps[pid]}\n")
                    if len(buf) >= 20000:
                        wf.write("".join(buf))
                        buf.clear()
                wf.write("".join(buf))
        twice = sum(1 for c in self.rec_count if c >= 2)
        return len(records), twice


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--people", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=141)
    ap.add_argument("--out", required=True)
    ap.add_argument("--explain", action="store_true")
    args = ap.parse_args()
    started = time.perf_counter()
    world = World(random.Random(args.seed), args.explain)
    while len(world.rec_count) < args.people:
        hh = world.make_household(args.people - len(world.rec_count))
        world.register(hh)
    n_records, twice = world.write(args.out)
    people = len(world.rec_count)
    print(
        f"fourteenth_hands: people={people} households={world.n_households} "
        f"records={n_records} registered_twice_or_more={twice / people:.1%} "
        f"seed={args.seed} out={args.out} ({time.perf_counter() - started:.1f}s)"
    )


if __name__ == "__main__":
    main()
