"""Transliteration habits: each row is a real spelling a clerk with that habit produces."""

from __future__ import annotations

import pytest

from refuge.synth.lexicon import GIVEN_NAMES, SURNAMES
from refuge.synth.translit import (
    armenian_patronymic,
    armenian_to_latin,
    cyrillic_to_latin,
    russian_patronymic,
)

ARMENIAN_CASES = [
    ("passport: Հ and ov kept", "passport", "Հովհաննիսյան", "Hovhannisyan"),
    ("passport: խ is kh, չ is ch", "passport", "Խաչատրյան", "Khachatryan"),
    ("passport: ղ is gh", "passport", "Ղազարյան", "Ghazaryan"),
    ("passport: initial Ե is Ye", "passport", "Եղիազարյան", "Yeghiazaryan"),
    ("passport: initial Ո is Vo", "passport", "Ոսկանյան", "Voskanyan"),
    ("passport: ու is u, յու is yu", "passport", "Հարությունյան", "Harutyunyan"),
    ("passport: և is ev", "passport", "Գևորգ", "Gevorg"),
    ("passport: hyphenated prefix", "passport", "Տեր-Պետրոսյան", "Ter-Petrosyan"),
    ("passport: two words", "passport", "Քարին Տակ", "Karin Tak"),
    ("iso without diacritics: x and c", "iso", "Խաչատրյան", "Xacatryan"),
    ("iso without diacritics: ղ is g", "iso", "Ղազարյան", "Gazaryan"),
    ("iso without diacritics: ց is c", "iso", "Մնացականյան", "Mnacakanyan"),
    ("diaspora: -ian", "diaspora", "Հովհաննիսյան", "Hovhannisian"),
    ("diaspora: ou and iu", "diaspora", "Հարությունյան", "Haroutiunian"),
    ("diaspora: initial Ո is O", "diaspora", "Ոսկանյան", "Oskanian"),
    ("diaspora: initial Յու stays Yu", "diaspora", "Յուրի", "Yuri"),
    ("diaspora: -yants", "diaspora", "Լալայանց", "Lalaiants"),
    ("western: k/g and p/b swap", "western", "Հակոբյան", "Hagopian"),
    ("western: p/b and t/d swap", "western", "Պետրոսյան", "Bedrosian"),
    ("western: Ter- becomes Der-", "western", "Տեր-Պետրոսյան", "Der-Bedrosian"),
    ("western: initial Ղ heard as K", "western", "Ղազարյան", "Kazarian"),
    ("western: Gevorg is Kevork", "western", "Գևորգ", "Kevork"),
    ("western: ծ is dz", "western", "Ծատուրյան", "Dzadourian"),
]

CYRILLIC_CASES = [
    ("bgn: Оганесян", "ru_bgn", "Оганесян", "Oganesyan"),
    ("bgn: Акопян", "ru_bgn", "Акопян", "Akopyan"),
    ("bgn: Казарян", "ru_bgn", "Казарян", "Kazaryan"),
    ("bgn: ю is yu", "ru_bgn", "Арутюнян", "Arutyunyan"),
    ("bgn: initial е is ye", "ru_bgn", "Егиазарян", "Yegiazaryan"),
    ("bgn: е after a vowel is ye", "ru_bgn", "Мусаелян", "Musayelyan"),
    ("bgn: -ий is iy", "ru_bgn", "Юрий", "Yuriy"),
    ("icao: ю is iu, я is ia", "ru_icao", "Арутюнян", "Arutiunian"),
    ("icao: й is i", "ru_icao", "Юрий", "Iurii"),
    ("icao: х is kh", "ru_icao", "Хачатрян", "Khachatrian"),
    ("hyphen kept", "ru_bgn", "Тер-Петросян", "Ter-Petrosyan"),
]


@pytest.mark.parametrize(
    ("style", "armenian", "latin"),
    [c[1:] for c in ARMENIAN_CASES],
    ids=[c[0] for c in ARMENIAN_CASES],
)
def test_armenian_habits(style: str, armenian: str, latin: str) -> None:
    assert armenian_to_latin(armenian, style) == latin


@pytest.mark.parametrize(
    ("style", "russian", "latin"),
    [c[1:] for c in CYRILLIC_CASES],
    ids=[c[0] for c in CYRILLIC_CASES],
)
def test_russian_habits(style: str, russian: str, latin: str) -> None:
    assert cyrillic_to_latin(russian, style) == latin


def test_unknown_styles_are_refused() -> None:
    with pytest.raises(ValueError, match="Armenian-based"):
        armenian_to_latin("Արմեն", "ru_bgn")
    with pytest.raises(ValueError, match="Russian-based"):
        cyrillic_to_latin("Армен", "passport")


CONVENTIONAL_RUSSIAN = [
    ("Հովհաննես", "Оганес"),
    ("Հովհաննես", "Ованес"),
    ("Հակոբ", "Акоп"),
    ("Մհեր", "Мгер"),
    ("Խաչատուր", "Хачатур"),
    ("Համլետ", "Гамлет"),
    ("Հասմիկ", "Асмик"),
    ("Ղազարյան", "Казарян"),
    ("Հարությունյան", "Арутюнян"),
    ("Եղիազարյան", "Егиазарян"),
    ("Ոսկանյան", "Восканян"),
    ("Սարգսյան", "Саркисян"),
    ("Հովհաննիսյան", "Оганесян"),
    ("Հակոբյան", "Акопян"),
    ("Աբրահամյան", "Абрамян"),
    ("Համբարձումյան", "Амбарцумян"),
]


@pytest.mark.parametrize(("armenian", "russian"), CONVENTIONAL_RUSSIAN)
def test_tables_carry_the_conventional_russian_form(armenian: str, russian: str) -> None:
    forms = {e.armenian: e.russian for e in (*GIVEN_NAMES, *SURNAMES)}
    assert russian in forms[armenian]


PATRONYMICS = [
    ("Армен", "M", "Арменович"),
    ("Армен", "F", "Арменовна"),
    ("Сергей", "M", "Сергеевич"),
    ("Юрий", "F", "Юрьевна"),
    ("Рафаэль", "M", "Рафаэлевич"),
    ("Грачья", "M", "Грачьевич"),
    ("Грачя", "F", "Грачьевна"),
    ("Жора", "M", "Жорович"),
    ("Акоп", "F", "Акоповна"),
]


@pytest.mark.parametrize(("father", "sex", "patronymic"), PATRONYMICS)
def test_russian_patronymics(father: str, sex: str, patronymic: str) -> None:
    assert russian_patronymic(father, sex) == patronymic


@pytest.mark.parametrize(
    ("father", "genitive"),
    [("Արմեն", "Արմենի"), ("Ժորա", "Ժորայի"), ("Կարո", "Կարոյի"), ("Սերգեյ", "Սերգեյի")],
)
def test_armenian_patronymics_are_the_genitive(father: str, genitive: str) -> None:
    assert armenian_patronymic(father) == genitive
