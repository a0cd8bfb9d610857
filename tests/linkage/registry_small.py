"""A small hand-made registry with habits unlike the synthetic generator's.

Armenian people written in three scripts by different clerks, plus Russian, Georgian,
Yazidi/Kurdish and Western people; typos, swapped and year-only dates, phones in both forms,
siblings and a father and son sharing names. ``person`` is the truth.
"""

from __future__ import annotations

from refuge.linkage import Record

ROWS: list[tuple[str, str, str, str, str, str, str, str, str]] = [
    # person, record_id, given, family, patronymic, sex, birth_date, phone, household
    ("p1", "r01", "Հովհաննես", "Հովհաննիսյան", "Արմենի", "M", "1980-03-05", "+37491123456", "H1"),
    ("p1", "r02", "Hovhannes", "Hovhannisyan", "Armenovich", "M", "1980-05-03", "091123456", ""),
    ("p1", "r03", "Оганес", "Оганесян", "Арменович", "M", "1980", "", ""),
    ("p2", "r04", "Անի", "Հովհաննիսյան", "Հովհաննեսի", "F", "2008-11-20", "+37491123456", "H1"),
    ("p2", "r05", "Ani", "Hovhannisyan", "", "F", "2008-11-20", "", ""),
    ("p3", "r06", "Armen", "Hovhannisyan", "", "M", "1955-01-15", "+37491123456", "H1"),
    ("p4", "r07", "Anna", "Hakobyan", "Ashotovna", "F", "1990-07-12", "+37477000111", ""),
    ("p4", "r08", "Анна", "Акопян", "Ашотовна", "F", "1990-07-12", "077000111", ""),
    ("p4", "r09", "Ana", "Hakobian", "", "F", "1990-12-07", "", ""),
    ("p5", "r10", "Anna", "Hakobyan", "Vardanovna", "F", "1962-02-02", "+37493555222", ""),
    ("p6", "r11", "Mher", "Sargsyan", "", "M", "1975-09-30", "", ""),
    ("p6", "r12", "Мгер", "Саргсян", "", "M", "1975-09-30", "+37494101010", ""),
    ("p6", "r13", "Mher", "Sarkisian", "", "", "1975", "094101010", ""),
    ("p7", "r14", "Gevorg", "Grigoryan", "", "M", "1948-04-01", "", ""),
    ("p7", "r15", "Kevork", "Krikorian", "", "M", "1948-04-01", "", ""),
    ("p8", "r16", "Gevorg", "Grigoryan", "Gevorgovich", "M", "1979-06-10", "", ""),
    ("p9", "r17", "Nino", "Beridze", "", "F", "1985-08-08", "+995599123456", ""),
    ("p9", "r18", "ნინო", "ბერიძე", "", "F", "1985-08-08", "", ""),
    ("p9", "r19", "Нино", "Беридзе", "", "F", "1985-08-08", "", ""),
    ("p10", "r20", "Dmitry", "Ivanov", "Sergeevich", "M", "1970-10-10", "", ""),
    ("p10", "r21", "Дмитрий", "Иванов", "Сергеевич", "M", "1970-10-10", "", ""),
    ("p11", "r22", "Xeyro", "Murad", "", "M", "1966", "+37455123123", ""),
    ("p11", "r23", "Khairo", "Murad", "", "M", "1966-03-03", "055123123", ""),
    ("p12", "r24", "Emily", "Johnson", "", "F", "1992-01-25", "", ""),
    ("p12", "r25", "Emiliy", "Jonson", "", "F", "1992-01-25", "", ""),
    ("p13", "r26", "Tigran", "Petrosyan", "", "M", "2001-05-05", "", ""),
    ("p14", "r27", "Tigran", "Petrosyan", "", "M", "1969-12-31", "", ""),
    ("p15", "r28", "Lusine", "Manukyan", "", "F", "1999-04-17", "", ""),
    ("p15", "r29", "Lousine", "Manoukian", "", "F", "1999-04-17", "", ""),
    ("p15", "r30", "Лусине", "Манукян", "", "F", "1999-04-17", "", ""),
]

RECORDS = [
    Record(
        record_id=r[1],
        given_name=r[2],
        family_name=r[3],
        patronymic=r[4],
        sex=r[5],
        birth_date=r[6],
        phone=r[7],
        household_ref=r[8],
    )
    for r in ROWS
]
TRUTH = {r[1]: r[0] for r in ROWS}
