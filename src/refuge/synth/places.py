"""Places and calendar of the September 2023 exodus from Nagorno-Karabakh.

Origins are real communities of Nagorno-Karabakh. Their weights follow the population that was
still there in September 2023: Stepanakert held nearly half (its own ~55,000 plus thousands
displaced into it from Hadrut, Shushi and the villages lost in 2020, who still give their home
community as origin), then the district centres Martuni, Martakert and Askeran, then villages.

Sites are where registrations were taken. Everyone came down the Lachin road, crossed at the
Hakari bridge and was first met at Kornidzor, then at the humanitarian hub in Goris; from there
the government dispersed families to every province, where local desks registered them again.
Destination weights roughly follow where the government reported people placed in October 2023
(about a third in Yerevan, then Kotayk, Ararat, Armavir, Syunik ...).

The calendar follows the official arrival counts: the first cars reached Kornidzor on the
evening of 24 September; ~6,600 had arrived by the evening of the 25th, ~28,000 by the 26th,
~65,000 by the evening of the 27th, ~85,000 by the 28th, ~100,400 by the 30th and 100,617 on
3 October, after which the corridor was empty.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

# Armenian | Russian forms | Latin forms | weight
ORIGINS: Final = """
Ստեփանակերտ  | Степанакерт        | Stepanakert          | 44
Մարտունի     | Мартуни            | Martuni              | 6
Մարտակերտ    | Мартакерт/Мардакерт | Martakert/Mardakert | 5
Ասկերան      | Аскеран            | Askeran              | 3
Հադրութ      | Гадрут             | Hadrut               | 3
Շուշի        | Шуши/Шуша          | Shushi/Shusha        | 3
Ճարտար       | Чартар             | Chartar              | 2.5
Քարին Տակ    | Карин Так          | Karin Tak/Karintak   | 1
Իվանյան      | Иванян/Ивановка    | Ivanyan              | 1.5
Բերձոր       | Бердзор            | Berdzor              | 1
Խնապատ       | Хнапат             | Khnapat              | 0.7
Սոս          | Сос                | Sos                  | 0.8
Թաղավարդ     | Тагавард           | Taghavard            | 0.8
Մաճկալաշեն   | Мачкалашен         | Machkalashen         | 0.6
Հերհեր       | Гергер             | Herher               | 0.6
Ավետարանոց   | Аветараноц         | Avetaranots          | 0.6
Ննգի         | Ннги               | Nngi                 | 0.5
Հաթերք       | Атерк              | Haterk               | 0.8
Վանք         | Ванк               | Vank                 | 0.6
Դրմբոն       | Дрмбон             | Drmbon               | 0.6
Սարուշեն     | Сарушен            | Sarushen             | 0.6
Նախիջևանիկ   | Нахиджеваник       | Nakhijevanik         | 0.5
Շոշ          | Шош                | Shosh                | 0.7
Կարմիր Շուկա | Кармир Шука        | Karmir Shuka         | 0.5
Մատաղիս      | Матагис            | Mataghis             | 0.5
Թալիշ        | Талиш              | Talish               | 0.5
Կիչան        | Кичан              | Kichan               | 0.3
Տող          | Тог                | Togh                 | 0.4
Պատարա       | Патара             | Patara               | 0.5
Աստղաշեն     | Астхашен           | Astghashen           | 0.5
Գիշի         | Гиши               | Gishi                | 0.4
Կոլխոզաշեն   | Колхозашен         | Kolkhozashen         | 0.5
Բերքաձոր     | Беркадзор          | Berkadzor            | 0.5
Ճանկաթաղ     | Чанкатаг           | Chankatagh           | 0.4
Վարդաձոր     | Вардадзор          | Vardadzor            | 0.4
Խնուշինակ    | Хнушинак           | Khnushinak           | 0.4
"""

# name | code used in household references | desks (clerks) | share of families placed there.
# Kornidzor and Goris are where people arrived; every site is also somewhere families were placed
# (Goris kept some). "border" sites write more Armenian script, Yerevan desks — partly staffed by
# volunteers from Russia and the diaspora — more Latin and Russian.
SITES: Final = """
Kornidzor     | KRN | 6  | 0   | border
Goris         | GRS | 16 | 3   | border
Yerevan-1     | EV1 | 8  | 14  | capital
Yerevan-2     | EV2 | 8  | 10  | capital
Yerevan-3     | EV3 | 6  | 7   | capital
Abovyan       | ABV | 3  | 7   | province
Hrazdan       | HRZ | 3  | 5   | province
Ararat        | ART | 3  | 5   | province
Masis         | MAS | 3  | 5   | province
Artashat      | ATS | 2  | 3   | province
Armavir       | ARM | 3  | 5   | province
Vagharshapat  | VGH | 2  | 4   | province
Ashtarak      | ASH | 3  | 5   | province
Gyumri        | GYU | 3  | 4   | province
Vanadzor      | VAN | 3  | 4   | province
Ijevan        | IJV | 2  | 2.5 | province
Gavar         | GAV | 2  | 3   | province
Sevan         | SEV | 2  | 2.5 | province
Yeghegnadzor  | YEG | 2  | 3   | province
Kapan         | KAP | 2  | 3   | province
Sisian        | SIS | 2  | 2.5 | province
"""

# Share of arrivals per day (official cumulative counts, differenced), first day only evening.
ARRIVALS_BY_DAY: Final[tuple[tuple[dt.date, float], ...]] = (
    (dt.date(2023, 9, 24), 0.6),
    (dt.date(2023, 9, 25), 11.0),
    (dt.date(2023, 9, 26), 24.0),
    (dt.date(2023, 9, 27), 27.0),
    (dt.date(2023, 9, 28), 18.0),
    (dt.date(2023, 9, 29), 10.0),
    (dt.date(2023, 9, 30), 5.0),
    (dt.date(2023, 10, 1), 2.0),
    (dt.date(2023, 10, 2), 1.2),
    (dt.date(2023, 10, 3), 0.6),
    (dt.date(2023, 10, 4), 0.2),
    (dt.date(2023, 10, 5), 0.1),
)

# registered_at is local time at the desk. Armenia has kept UTC+4 all year since 2012, so a fixed
# offset is exact for 2023 and needs no time-zone database.
YEREVAN: Final = dt.timezone(dt.timedelta(hours=4), "Asia/Yerevan")

# Every registered_at falls in this window; desks in the provinces kept registering late
# arrivals and families moving between placements for two weeks after the corridor emptied.
REGISTRATION_START: Final = dt.datetime(2023, 9, 24, 0, 0, tzinfo=YEREVAN)
REGISTRATION_END: Final = dt.datetime(2023, 10, 15, 23, 59, tzinfo=YEREVAN)

# Ages are computed on the day the exodus began.
REFERENCE_DATE: Final = dt.date(2023, 9, 24)

# Armenian mobile operator codes and their rough market share in 2023 (Viva-MTS 77/93/94/98,
# Team (ex-Beeline) 91/96/99/43/33, Ucom 55/95/41/44). Free Ucom and Viva SIM cards were handed
# out in Goris, which is why some people register with a different number the second time.
MOBILE_CODES: Final[tuple[tuple[str, float], ...]] = (
    ("77", 12),
    ("93", 12),
    ("94", 10),
    ("98", 8),
    ("91", 8),
    ("96", 6),
    ("99", 10),
    ("33", 5),
    ("43", 4),
    ("55", 8),
    ("95", 8),
    ("41", 5),
    ("44", 4),
)
