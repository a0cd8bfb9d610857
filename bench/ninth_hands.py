"""Ninth hands: a synthetic multi-agency registry of the Venezuelan exodus, 2017-2022.

An independent benchmark generator for record linkage.  It was written without looking at the
engine it tests and is not tuned to it.  It only knows the interchange format.

THE WORLD
Extended families from Zulia, Caracas and Miranda, Carabobo, Aragua, Lara, the Andes (Tachira,
Merida, Trujillo), the llanos and the east (Bolivar, Monagas, Anzoategui, Sucre, Delta Amacuro)
leave Venezuela in the waves that really happened: a trickle in 2017, the peak of 2018-2019, the
border closures of 2019 and 2020-21 (the Simon Bolivar bridge shut, crossings by trocha, walkers
- caminantes - on the Pamplona road), and new departures in 2021-22.  Zulians cross at
Paraguachon to Maicao and the coast, the Andes and the centre at Cucuta, the llanos at Arauca,
the east at Pacaraima into Brazil (Operacao Acolhida, Boa Vista's shelters, then interiorizacao
to Manaus and the south).  From Cucuta people stay in Colombia (Cucuta, Bogota, Bucaramanga,
Medellin, Cali, Barranquilla) or go on by Rumichaca (Ipiales -> Tulcan) to Quito and Guayaquil,
by Huaquillas/Tumbes to Lima, and from Lima to Santiago.  Some settle and move on a year or two
later; some went home in the 2020 lockdown and came out again in 2021.  Fathers often go ahead
and the family follows months later; babies are born on the way.  One clan in twelve or so is a
family of Colombians who had lived in Venezuela for decades, returning with Venezuelan-born
children and grandchildren (Colombian first names in the old generation: Luz Marina, Jhon
Jairo); a few Wayuu families cross at Paraguachon with their clan names (Epieyu, Uriana,
Ipuana, Pushaina ...) and often without a known birth date.

Names follow Hispanic usage: one or, mostly, two given names (María José, José Gregorio, Luis
Alejandro, María Del Valle, Yusleidy Carolina), with the inventive Venezuelan names of the
younger cohorts (Yorgelis, Deiverson, Keiber, Yonaiker, Yeferson, Maikel, Jhonatan ...; siblings
often share the invented prefix), and two surnames, father's first then mother's first.
Children carry the father's first surname and the mother's first, so siblings share both and a
mother shares her first surname with her children's second; a child a father did not recognise
carries both of the mother's surnames.  Some married women of the older generation write
"González de Pérez".  Surnames with particles (De La Cruz, Del Valle, De Los Santos, San Juan,
De Freitas) occur, as do Portuguese- and Italian-Venezuelan names.  Sons are named after their
father or grandfather, so father and son share given names and first surname (the second
surname differs unless the two mothers happen to share one), and cousins - brothers' sons,
sometimes of two brothers who married two sisters - share given name and both surnames.

THE DESKS (agency @ site, 2-6 clerks each, every clerk with fixed habits)
  Migracion Colombia at the bridges, Paraguachon, Arauca and Rumichaca; the RAMV survey of
  April-June 2018; the Estatuto Temporal (RUMV) online pre-registration of 2021-22, typed by
  the people themselves (the head for the whole family, own case and accent habits, phones
  complete); Ecuador's and Peru's migration authorities (CEBAF Tulcan, Huaquillas, Tumbes, the
  2019-20 Ecuadorian registration, Peru's PTP 2017-18 and CPP 2021-22 at Lima-Brena);
  Operacao Acolhida and a Pastoral shelter in Roraima with Portuguese-speaking clerks; UNHCR;
  IOM at flow-monitoring and transport points; WFP cash lists (often the head only); a church
  transit shelter and soup kitchens (comedores) in Cucuta, Bogota, Lima; a network of Casas del
  Migrante; Red Cross health posts (one patient at a time).  Registrations depend on the
  windows: visas for Ecuador (26 Aug 2019) and Peru (15 Jun 2019), bridge closures, COVID.

What the clerks do to a name (all Latin script):
  * capitals (cedula style) or mixed case, lower case on some handwritten lists; accents kept,
    stripped, or - at Brazilian desks - Portuguese (María -> Maria, Jesús -> Jesus, Luis -> Luís,
    Antonio -> Antônio, Génesis -> Gênesis); ñ kept, written n, ni, or nh by Portuguese
    speakers; at one agency (the Casas del Migrante) a UTF-8 export read as Windows-1252 turns
    ñ into "Ã±" and é into "Ã©";
  * second surname dropped, second given name dropped, second given name pushed into the family
    name, the first surname pulled into the given name, given and family name swapped (the
    cedula reads APELLIDOS before NOMBRES), the whole name in one field - usually surname-first
    as on the cedula, "PEREZ GONZALEZ MARIA JOSE" - with the other field left EMPTY, given names
    in the other order, the person's everyday second given name alone, "de Perez", particles
    lowered, joined (Delacruz), dropped or - rarely - cut off ("DE" as the surname);
  * Brazilian desks write the surnames in Portuguese order (mother's first) or keep only the
    last one (the mother's), hear ll as lh (Castilho) and -ez as -es, and some put the father's
    name in the patronymic column ("filiacao");
  * spellings people themselves vary (Yohana/Johana/Joana, Yeferson/Jeferson/Jefferson,
    Heidy/Eidy, Estefany/Stefany/Stephanie, Maikel/Maicol/Maicon, Wilmer/Wuilmer), dictation
    slips (b/v, s/z/c, ll/y, a silent h dropped or added, y/i at the end), hypercorrect accents
    (Ortíz, Ruíz), keyboard typos (neighbours, dropped, doubled, swapped letters);
  * dates: DD/MM habits typed into YYYY-MM-DD systems (day and month swapped), year only, an age
    turned into a year (or 1 January, or the registration day), 1 January defaults, unknown
    dates for some elderly and Wayuu people, a rare two-digit year read into the wrong century,
    a slipped year digit;
  * phones: Venezuelan lines (+58 4XX / 04XX-...) kept for WhatsApp, then Colombian (+57 3XX),
    Ecuadorian (09X), Peruvian (9XX XXX XXX), Brazilian ((95) 9XXXX-XXXX) and Chilean SIMs
    bought after crossing; the head's phone for the whole family, a shelter's phone, old
    numbers, slipped digits, every format;
  * origin: the city, "City, State", the state (Edo. Zulia, DTTO. CAPITAL), abbreviations
    (Bqto, Mcbo, Pto Ordaz), a parish or twin town (San Felix, Cabudare), just "Venezuela",
    the last place of residence, a Colombian birthplace for returning Colombians, the birthplace
    abroad for babies born on the way; household references in each agency's own format,
    reused on later visits to the same agency, often missing; a few same-day double entries.

RATES (share of records at 100k people, seeds 91 and 92; three seeds at 20k agree to within
about 10 % of each value.  Habits belong to clerks, so they cluster by desk.)
  People with 2+ records 15.7-16.1 %, 1.18 records per person (1: 84 %, 2: 14 %, 3: 1.8 %,
  4+: 0.2 %).
  Agencies: Migracion Colombia 18 %, ETPV 15, UNHCR 11, Peru 10, Ecuador 9, comedores 6.5,
  IOM 6, church transit shelter 5, Acolhida 5, WFP 4, Casas del Migrante 3.9, Red Cross 3.4,
  RAMV 2.7, Pastoral 0.6.  Registered 2017 8 %, 2018 24, 2019 18, 2020 10, 2021 17, 2022 24.
  Capitals 65-66 %; accents stripped 56-57 %; ñ as n 2.5 %, as ni 0.1 %, as nh 0.2 %; broken
  encoding 1.4-1.6 %; Portuguese accents 1.1 %; hypercorrect accent 0.3 %.
  Second surname dropped 16-16.5 % (30 % of people with 2+ records appear both with and
  without it); second given name dropped 9.3-9.5 %; whole name in one field 1.9 % (1.3
  surname-first, 0.6 given-first; family name left empty 1.3-1.4 %, given name left empty
  0.55 %); given/family swapped 1.5-1.6 %; second given name in the family field 0.8 %; first
  surname in the given field 0.7 %; surnames reversed 1.9-2.2 %; last (mother's) surname only
  0.8-0.9 %; "de" + husband's surname 1.0 %; everyday second name alone 0.9 %; given names
  reordered 0.3 %; "Jr"/"Hijo" 0.2 %; particles lowered/joined/dropped/cut 0.23/0.1/0.04/0.02 %;
  the father's name in the patronymic 0.9 %, otherwise the patronymic is empty.
  Spelling variant of the given name 4.2-4.5 %; dictation slip 4.0-4.2 %; typo 3.8-3.9 % of
  records (~1.9 % per name field); clan-name spelling 0.08 %.
  Birth date: day/month swapped 1.8 %; year only 2.75 %; from an age 8.9-9.0 %; 1 January
  default 1.7 %; unknown (year or 1 January) 1.0 %; missing 1.9-2.2 %; wrong century 0.05 %;
  year digit slip 0.2 %.  In all 8.0-8.2 % of birth dates are a bare year and 5.2 % fall on
  1 January.  Sex missing 1.4-1.6 %, wrong 0.2 %.
  Phone missing 48-49 % (children without a phone included), the head's phone 14 %, an old
  Venezuelan number after a local SIM 2.4 %, a shelter's phone 0.3 %, a slipped digit 0.3 %;
  of the phones given 55 % are Venezuelan, 32 % Colombian, 13 % Ecuadorian, Peruvian,
  Brazilian or Chilean.
  Origin missing 8.1 %; state only 20-21 %; "City, State" 6.0 %; country only 7.0 %; another
  name of the place 2.2-2.4 %; abbreviation 1.6-1.7 %; misspelt 3.3-3.5 %; Colombian birthplace
  0.5 %; birthplace abroad 0.25 %; last residence 0.07 %.  Household reference missing
  65-66 %.  Same-day double entries 0.4 %.

TRAPS (why.csv, per person; share of people at 100k)
  namesake_one_surname_same_year (same first given name, first surname and birth year: they
  collide once the second surname is dropped) 19.5 %, namesake_same_name (all four name parts,
  another clan) 3.0-3.1 %, namesake_same_year 0.06 %, namesake_same_dob 0.04-0.05 %,
  namesake_same_family (same given names and both surnames in one clan: cousins whose fathers
  are brothers and mothers sisters, or father and son whose mothers share a surname)
  0.08-0.11 %, cousins_same_name (given name and first surname) 0.06-0.08 %,
  father_son_same_name 3.3-3.4 %, grandson_same_name 0.3 %, twin 0.5 %, siblings_alike_names
  2.5-2.7 %, half_siblings 1.2 %, mother_surnames_only 0.7 %, several_countries 7.1-7.3 %,
  ahead_of_family 4.5-4.6 %, born_en_route 0.6 %, married_uses_de 2.1 %, particle_surname
  2.1 %, goes_by_second_name 8.0 %, invented_name 6.5 %, colombian_born 1.4 %, wayuu 0.3-0.4 %.

OUTPUT
  DIR/records.csv  the interchange format (record_id,given_name,family_name,patronymic,sex,
                   birth_date,origin,phone,household_ref,registered_at,site)
  DIR/truth.csv    record_id,person_id
  DIR/why.csv      (with --explain) record_id,person_id,household_id,desk,tags,traps
Record ids are assigned after shuffling and say nothing about the person.  Output is
deterministic for a given seed.

    python bench/ninth_hands.py --people 100000 --seed 91 --out /tmp/ninth/100k --explain
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import time
from bisect import bisect_right
from datetime import date
from itertools import accumulate

# ---------------------------------------------------------------------------------------------
# Small tools
# ---------------------------------------------------------------------------------------------


def _d(y: int, m: int, d: int) -> int:
    return date(y, m, d).toordinal()


START = _d(2017, 1, 1)
END = _d(2022, 12, 31)


class Pool:
    """Weighted choice with a cumulative table (fast and deterministic)."""

    __slots__ = ("items", "cum", "total", "last")

    def __init__(self, pairs) -> None:
        pairs = [(k, float(w)) for k, w in pairs if w > 0]
        self.items = [k for k, _ in pairs]
        self.cum = list(accumulate(w for _, w in pairs))
        self.total = self.cum[-1]
        self.last = len(self.items) - 1

    def pick(self, rng: random.Random):
        i = bisect_right(self.cum, rng.random() * self.total)
        return self.items[i if i <= self.last else self.last]


_DATES: dict[int, str] = {}


def iso(o: int) -> str:
    s = _DATES.get(o)
    if s is None:
        s = date.fromordinal(o).isoformat()
        _DATES[o] = s
    return s


def ymd(o: int) -> tuple[int, int, int]:
    x = date.fromordinal(o)
    return x.year, x.month, x.day


def year_of(o: int) -> int:
    return date.fromordinal(o).year


# ---------------------------------------------------------------------------------------------
# Names.  Given names with weights by birth cohort: born before 1965, 1965-84, 1985-2004, 2005+
# ---------------------------------------------------------------------------------------------

MALE_GIVEN = """
José 40 30 14 8|Luis 18 18 10 6|Juan 14 10 6 4|Jesús 14 12 8 5|Carlos 10 14 10 6
Pedro 10 5 2 1|Manuel 8 5 3 2|Antonio 10 6 3 2|Francisco 8 5 2 1|Rafael 9 6 3 2
Ramón 8 4 1 .5|Alberto 5 6 3 1|Miguel 6 8 6 4|Ángel 4 6 6 5|Alejandro 2 6 8 6
Eduardo 3 5 4 2|Fernando 3 4 3 2|Gregorio 5 3 1 .3|Enrique 4 4 2 1|Ricardo 3 5 3 1
Orlando 4 4 2 .5|Rubén 3 3 2 1|Víctor 5 5 3 2|Julio 5 3 2 1|César 3 4 3 1
Gustavo 2 5 3 1|Jorge 3 5 4 2|Héctor 4 4 2 1|Óscar 2 4 3 1|Nelson 3 5 2 .5
Wilmer .5 5 5 1|Freddy 1 5 3 .5|Richard .5 4 5 2|Henry .5 3 3 1|Douglas .5 3 2 .5
Edgar 2 4 2 .5|Wilfredo 2 3 1 .3|Reinaldo 2 3 1 .3|Nicolás 2 2 2 3|Daniel 1 4 8 6
David 1 3 6 5|Gabriel 1 2 5 5|Andrés 1 3 4 3|Leonardo .5 2 4 3|Kevin 0 0 4 5
Brayan 0 0 4 4|Jhonny 0 2 3 1|Jhon 0 1 3 2|Yeferson 0 0 4 4|Maikel 0 .5 3 2
Deiverson 0 0 1.5 2|Keiber 0 0 1.5 2|Yorman 0 .5 2 1|Jhonatan 0 .5 4 3|Anderson 0 .5 3 2
Enmanuel 0 .5 3 3|Samuel .3 .5 3 5|Santiago .2 .3 1 6|Sebastián 0 .2 1.5 5|Diego .2 .5 2 3
Adrián 0 .3 2 3|Cristian 0 .5 3 2|Moisés 1 2 2 2|Elvis 0 1.5 1 .3|Darwin 0 1 2 1
Yoel 0 .5 1.5 1|Johan 0 .2 1.5 2|Simón 1 1 1 1|Frank .3 2 2 .5|Alexander .5 3 3 1
Robinson 0 1 1 .3|Wilson 1 2 1 .3|Omar 1.5 2 1 .5|Ernesto 2 2 1 .5|Arturo 2 2 1 .5
Armando 3 2 1 .3|Humberto 3 2 .5 .2|Isaac .3 .5 1 2|Dylan 0 0 .3 3|Matías 0 0 .2 2
Thiago 0 0 0 2|Yonaiker 0 0 .5 1.5|Kleiber 0 0 .5 .7|Yordi 0 0 .5 .7|Wuilliams 0 .3 .5 .2
Eliécer 1 1 .5 .2|Leonel .5 1 1 .5|Javier 1 3 3 2|Hugo 2 2 1 .5|Elías 1 1 1 1
"""

FEMALE_GIVEN = """
María 60 40 20 10|Ana 10 10 5 3|Carmen 12 6 2 1|Rosa 10 4 1 .5|Luisa 5 4 2 1
Josefina 5 1 .2 .1|Teresa 4 2 .5 .3|Gladys 5 3 .3 0|Omaira 3 3 .3 0|Nelly 3 2 .3 0
Yolanda 4 3 .3 0|Belkis 1 3 1 .2|Zulay 1 3 1 0|Mirian 3 3 .5 .1|Elena 3 2 1 1
Isabel 3 3 2 1|Beatriz 3 3 1 .3|Milagros 2 4 3 1|Marisol 1 4 2 .3|Yelitza 0 4 2 .3
Yaneth 0 3 2 .3|Yenny 0 3 2 .3|Yolimar 0 1 2 .5|Yulimar 0 1 3 1|Yusleidy 0 0 2 1
Yorgelis 0 0 2 1|Dayana 0 .5 4 2|Oriana 0 0 3 3|Génesis 0 0 4 3|Andreína 0 1 4 2
Gabriela .3 2 4 3|Daniela 0 1 5 4|Mariana .3 1 4 4|Valentina 0 0 2 7|Victoria 1 1 2 4
Sofía .2 .3 1 6|Camila 0 .3 2 5|Alejandra .5 2 4 3|Carolina .5 3 3 1|Patricia 1 4 2 .5
Yohana 0 1 3 1|Yesenia 0 1 2 .5|Heidy 0 .5 2 1|Estefany 0 0 3 2|Nathaly 0 0 2 2
Yessica 0 .5 3 1|Leidy 0 .5 2 1|Karla 0 .5 2 2|Fabiola .5 2 1 .3|Xiomara .5 2 1 .3
Lisbeth 0 1 2 .5|Mayerlin 0 0 1.5 1|Yamileth 0 .5 1.5 1|Maryuri 0 1 1.5 .3|Zuleima 0 1.5 1 .2
Roxana .5 2 1 .3|Emily 0 0 .3 3|Isabella 0 0 .3 4|Luciana 0 0 .3 3|Paola 0 .5 2 1
Lorena .5 2 1 .5|Marbelis 0 1 1.5 .3|Mileidy 0 .3 1.5 1|Yuleisy 0 0 1.5 1|Yuliana 0 .5 2 1.5
Keila 0 0 1 1|Nayeli 0 0 .5 1.5|Aurora 2 .5 .3 1|Francisca 3 1 .2 0|Juana 4 1 .3 .1
Petra 2 .3 0 0|Dilia 2 1 .2 0|Norma 2 2 .3 0|Maritza 1 3 1 .2|Yajaira 0 3 1 .2
Arelis 0 2 1 .2|Neida 1 2 .5 0|Mercedes 3 1 .3 .1|Inés 2 1 .3 .2|Lucía 1 .5 1 3
"""

# Second given names: (name, weight); per sex, plus the combinations a first name prefers.
MALE_SECOND = """
José 14|Luis 8|Antonio 7|Manuel 6|Gregorio 3|Alberto 5|Alejandro 6|Rafael 5|Miguel 4|Ángel 5
Eduardo 5|Enrique 4|Javier 4|Andrés 3|Daniel 5|David 5|Ramón 3|Jesús 5|Francisco 3|Carlos 3
Gabriel 3|Alexander 3|Elías 2|Armando 2|Orlando 2|Del Carmen .6|María .4|Leonardo 2|Ernesto 1
Humberto 1|Santiago 2|Sebastián 2|Isaac 1|Adolfo 1|Ignacio 1|Vicente 1|Augusto 1|Rodolfo 1
"""
FEMALE_SECOND = """
Alejandra 7|Gabriela 6|Fernanda 4|Eugenia 3|Isabel 5|Teresa 3|Del Valle 6|De Los Ángeles 2
Del Carmen 3|Victoria 4|Andreína 3|Carolina 5|Elena 3|Luisa 3|Auxiliadora 1.5|Milagros 2
Josefina 2|Virginia 2|Valentina 3|Paola 2|Angélica 2|Daniela 3|Alexandra 3|Del Pilar 1
Antonia 2|Mercedes 2|Beatriz 2|Lucía 2|Sofía 2|Cristina 2|Margarita 2|Coromoto 1
"""
PREFERRED_SECOND = {
    "José": "Luis 10|Gregorio 8|Antonio 6|Manuel 5|Rafael 5|Miguel 4|Ángel 5|Alberto 4|"
    "Alejandro 4|Gabriel 3|Daniel 3|David 3|Eduardo 3|Francisco 2|Ramón 2|Jesús 2|Enrique 2|"
    "Javier 2|Andrés 2|Leonardo 2|Armando 1|Del Carmen 1|María .5|Ignacio 1|Elías 1",
    "Luis": "Alejandro 6|Eduardo 5|Miguel 4|Alberto 4|Enrique 3|Ángel 4|Fernando 3|Carlos 2|"
    "Antonio 2|José 2|Manuel 2|Daniel 2|Javier 2|Gabriel 2|Ramón 1|Rafael 2|Armando 1",
    "Juan": "Carlos 10|José 4|Pablo 3|Manuel 3|Miguel 2|Luis 2|Diego 2|Andrés 2|David 2",
    "Jesús": "Alberto 5|Manuel 4|Antonio 4|Rafael 3|Eduardo 3|Enrique 3|Daniel 3|David 3|"
    "María .6|Alejandro 3|Ramón 2|Gregorio 1|Miguel 2|Ángel 2",
    "Carlos": "Eduardo 5|Alberto 5|Luis 4|José 3|Enrique 3|Alfredo 2|Andrés 2|Daniel 2|Javier 2",
    "Miguel": "Ángel 12|Alejandro 2|Antonio 2|Eduardo 1|José 1",
    "Jean": "Carlos 10|Pierre 2|Paul 2",
    "María": "José 8|Alejandra 7|Gabriela 6|Fernanda 5|Eugenia 4|Isabel 4|Teresa 4|Del Valle 7|"
    "De Los Ángeles 4|Del Carmen 4|Victoria 4|Auxiliadora 2|Andreína 3|Carolina 3|Elena 2|"
    "Luisa 2|Virginia 2|Valentina 3|Daniela 3|Angélica 2|Josefina 2|Mercedes 1|Del Pilar 1|"
    "Cristina 2|Coromoto 1|Lucía 1|Paula 2|Laura 2|Antonieta 1",
    "Ana": "Karina 6|María 4|Isabel 4|Teresa 3|Cristina 3|Lucía 3|Victoria 3|Sofía 3|Gabriela 3|"
    "Carolina 2|Paula 2|Elena 2|Milagros 1|Julia 2",
    "Luisa": "Fernanda 6|Elena 3|María 2|Alejandra 2|Isabel 2|Amelia 1",
    "Carmen": "Elena 4|Teresa 3|Luisa 3|Alicia 2|Del Valle 4|Julia 2|Rosa 2|Cecilia 2",
    "Rosa": "María 4|Elena 3|Isabel 2|Del Valle 2|Amelia 2|Margarita 2",
}

# Colombian first names of the older generation of returning Colombian families.
CO_MALE = """
José 10|Luis 8|Juan 6|Carlos 6|Jorge 5|Jesús 5|Pedro 4|Jhon 4|Jairo 4|Hernán 3|Fabio 3
Álvaro 3|Jaime 3|Gilberto 3|Alirio 2|Nelson 3|Wilson 3|Orlando 3|Édgar 3|Óscar 3|Rafael 3
Gustavo 3|Humberto 3|Reinaldo 2|Omar 3|Ramiro 2|Hugo 2|Germán 3|Ciro 1|Edilberto 1
"""
CO_FEMALE = """
María 15|Luz 10|Ana 6|Martha 4|Gloria 5|Blanca 3|Sandra 4|Diana 3|Yolanda 4|Rosalba 3
Gladys 3|Nubia 3|Marleny 2|Ligia 2|Amparo 2|Esperanza 2|Fanny 2|Carmen 4|Rosa 4|Olga 3
Cecilia 3|Beatriz 3|Mercedes 2|Stella 1|Alba 2
"""
CO_SECOND = {
    "Jhon": "Jairo 6|Fredy 4|Alexander 3|Édison 2|Fernando 2",
    "Luz": "Marina 6|Dary 4|Mery 4|Stella 3|Amparo 2|Helena 2|Adriana 2",
    "Sandra": "Milena 6|Patricia 3|Liliana 2",
    "Diana": "Marcela 5|Carolina 3|Patricia 2",
    "Martha": "Lucía 5|Cecilia 3|Isabel 2",
    "Pedro": "Pablo 4|Antonio 2|Elías 1",
    "Jorge": "Eliécer 4|Enrique 3|Alberto 2",
    "Luis": "Alfonso 4|Fernando 3|Eduardo 3|Carlos 2|Alberto 2",
    "José": "Luis 3|Antonio 3|Alirio 2|Gregorio 1|Joaquín 1|Vicente 1",
    "María": "Cristina 3|Eugenia 3|Isabel 3|Teresa 3|Del Carmen 3|Elena 2|Fernanda 1|Ruth 2",
    "Ana": "Dolores 3|Lucía 3|Julia 2|Milena 2",
    "Blanca": "Nieves 3|Cecilia 2|Inés 2",
}

# Spelling variants people and clerks really alternate between (the first is the cédula's).
VARIANTS = {
    "Yeferson": "Jeferson|Jefferson|Yefferson|Yeferzon",
    "Maikel": "Maicol|Michael|Maykel|Maikol|Maicon",
    "Jhon": "John|Jon|Yon",
    "Jhonny": "Johnny|Jonny|Yony|Jhony",
    "Jhonatan": "Jonathan|Jhonathan|Yonatan|Johnatan|Jonatan",
    "Wilmer": "Wuilmer|Wilmen",
    "Wuilliams": "Williams|Wiliams|Wuilians",
    "Dayana": "Daiana|Dayanna|Dayanara",
    "Yohana": "Johana|Joana|Johanna|Yoana",
    "Yesenia": "Jesenia|Yessenia|Yecenia",
    "Heidy": "Eidy|Heidi|Heydi|Heydy",
    "Estefany": "Stefany|Stephanie|Estefani|Estephany|Stefani",
    "Yessica": "Jessica|Yesica|Jesica",
    "Brayan": "Bryan|Brian|Brayam",
    "Kevin": "Kevyn|Keving",
    "Leidy": "Leydi|Lady|Leydy",
    "Yamileth": "Yamilet|Yamileht",
    "Nathaly": "Nataly|Natali|Nathalie|Natalie",
    "Génesis": "Jenesis|Génessis|Yenesis",
    "Cristian": "Christian|Kristian|Cristhian",
    "Lisbeth": "Lizbeth|Lisbet|Yisbeth",
    "Isabel": "Ysabel|Isabell",
    "Xiomara": "Siomara|Xhiomara",
    "Yelitza": "Yelitsa|Yelixa|Yeliza",
    "Mayerlin": "Mayerling|Maierlin",
    "Enmanuel": "Emmanuel|Emanuel|Enmanuell",
    "Richard": "Richar|Richards",
    "Yorgelis": "Yorgelys|Yorjelis",
    "Yusleidy": "Yusleidi|Yusleydi|Jusleidy",
    "Yulimar": "Julimar|Yulymar",
    "Oriana": "Orianna|Oreana",
    "Deiverson": "Deyverson|Deiberson|Deiverzon",
    "Keiber": "Keyber|Kaiber|Queiber",
    "Kleiber": "Cleiber|Kleyber",
    "Yordi": "Jordy|Yordy|Jordi",
    "Yoel": "Joel|Yohel",
    "Johan": "Yohan|Johann|Johann",
    "Yenny": "Jenny|Yeny|Jeny",
    "Yaneth": "Janeth|Yanet|Janet",
    "Yajaira": "Yahaira|Yajayra",
    "Yuliana": "Yulianna|Juliana",
    "Marbelis": "Marbelys|Marbellis",
    "Mileidy": "Mileidys|Mileydi|Mileidi",
    "Yuleisy": "Yuleisi|Yuleysi|Yuleixy",
    "Zuleima": "Suleima|Zuleyma",
    "Maryuri": "Mariuri|Maryury",
    "Nelly": "Neli|Nely",
    "Belkis": "Belkys|Belquis",
    "Zulay": "Sulay|Zulai",
    "Mirian": "Miriam|Myriam",
    "Darwin": "Darwing|Darwuin",
    "Freddy": "Fredy|Freddi",
    "Henry": "Henrry|Enry|Jenry",
    "Wilson": "Wuilson|Wilzon",
    "Yorman": "Jorman|Yormán",
    "Anderson": "Anderzon|Andersson",
    "Edgar": "Edgard|Édgar",
    "Douglas": "Duglas",
    "Frank": "Franck|Franc",
    "Karla": "Carla",
    "Keila": "Keyla|Queila",
    "Eliécer": "Eliezer|Eliecer",
    "Yonaiker": "Jonaiker|Yonayker",
    "Emily": "Emili|Emely",
    "Isabella": "Isabela",
    "Matías": "Mathías|Mathias",
    "Thiago": "Tiago",
    "Dylan": "Dilan|Dylán",
    "Omaira": "Omayra",
    "Leonel": "Lionel",
    "Roxana": "Roxanna",
    "Yolimar": "Yolymar",
    "Yelimar": "Yelymar",
    "Andreína": "Andreyna",
    "Samuel": "Samuél",
    "Jhoan": "Johan|Yoan",
    "Luz": "Lus",
}

# Surnames: national weights (per mille, rough) and regional extras.
SURNAMES = """
González 55|Rodríguez 45|Pérez 35|Hernández 30|García 26|Martínez 20|López 17|Sánchez 16
Díaz 15|Ramírez 14|Gómez 12|Torres 11|Rojas 11|Fernández 10|Morales 9|Suárez 9|Castillo 9
Mendoza 8|Gutiérrez 8|Romero 8|Flores 8|Rivas 7|Medina 7|Álvarez 7|Castro 7|Silva 7|Herrera 7
Contreras 6|Ramos 6|Moreno 6|Vásquez 6|Guerrero 5|Méndez 5|Salazar 5|Peña 5|Blanco 5
Acosta 5|Rondón 4|Ortega 4|Aponte 4|Carrillo 4|Marcano 4|Parra 4|Mora 4|Chacón 3|Briceño 3
Rangel 3|Quintero 4|Pacheco 3|Vargas 4|Ochoa 3|Osorio 3|Barrios 3|Soto 3|Ojeda 3|Lugo 3
Zerpa 2|Montilla 2|Linares 3|Bello 3|Millán 2|Núñez 4|Muñoz 4|Ordóñez 2|Peñaloza 2
Castañeda 2|Patiño 2|Montaño 1|Yánez 2|Ibáñez 1|Avendaño 2|Quiñones 1|Jiménez 5
Velásquez 4|Arias 3|Bravo 3|Cabrera 3|Campos 3|Cedeño 3|Delgado 4|Escobar 2|Espinoza 3
Figueroa 3|Fuentes 2|Gil 3|Guzmán 3|Ibarra 2|León 3|Lozada 2|Luna 2|Marín 3|Márquez 3
Molina 4|Navas 2|Nieves 2|Orozco 1|Padrón 2|Palacios 2|Paredes 3|Pineda 3|Prieto 2|Reyes 4
Rincón 3|Ríos 3|Rivero 3|Rosales 3|Ruiz 4|Sandoval 2|Sierra 2|Sosa 3|Tovar 3|Urbina 2
Valera 2|Vera 2|Villegas 2|Zambrano 4|Zapata 2|Brito 3|Bastidas 2|Betancourt 2|Alvarado 3
Arteaga 2|Azuaje 1|Barreto 2|Carrasquel 1|Carvajal 2|Colmenares 3|Coronado 1|Cordero 2
Duarte 2|Echeverría 1|Escalona 2|Farías 2|Gallardo 1|Graterol 2|Hidalgo 1|Istúriz 1|Lara 2
Leal 2|Loyo 1|Maldonado 2|Matos 2|Mujica 2|Oropeza 1|Piña 1|Quero 1|Salas 2|Salcedo 1
Sequera 1|Tapia 1|Terán 2|Toro 2|Ugueto 1|Useche 1|Valero 1|Yépez 2|Zabala 1|Añez 1|Ávila 2
Infante 1|Arrieta 1|Pirela 1|Perdomo 2|Camacho 2|Cova 1|Vivas 2|Ferrer 2|Paz 2|Hurtado 2
De La Cruz 2|Del Valle 1|De Los Santos 1|San Juan .7|De Armas 1|De León .8|La Rosa .5
Del Castillo .4|De Jesús .6|De Abreu .5|De Freitas .5|De Sousa .3|Da Silva .3|Dos Santos .3
San Martín .3|De Oliveira .2|Rodrigues .4|Fernandes .4|Gonçalves .4|Pestana .2|Teixeira .2
Ferreira .2|Gomes .2|Pereira .2|Di Marco .2|Rossi .2|Russo .2|Romano .2|Esposito .2
D'Angelo .1|Di Giacomo .1
"""
REGIONAL_SURNAMES = {
    "ZUL": "Fuenmayor 6|Urdaneta 6|Bracho 5|Villalobos 5|Semprún 3|Añez 4|Montiel 4|Chourio 3|"
    "Ferrer 4|Finol 3|Morán 3|Paz 5|Atencio 4|Nava 4|Parra 5|Soto 3|Leal 2|Machado 3|Pirela 3|"
    "Vílchez 3|Urribarrí 2|Boscán 3|Ocando 2|Portillo 3|Romero 3",
    "AND": "Zambrano 6|Mora 6|Contreras 6|Chacón 5|Useche 3|Pernía 3|Méndez 4|Guerrero 4|"
    "Cárdenas 3|Ostos 2|Rosales 3|Vivas 3|Duque 3|Niño 3|Ramírez 6|Dávila 4|Uzcátegui 4|"
    "Rangel 4|Quintero 4|Peña 4|Paredes 3|Albarrán 3|Molina 3|Vielma 3|Avendaño 3|Araque 3|"
    "Briceño 4|Montilla 2|Sánchez 5|Rivas 3",
    "LAR": "Escalona 5|Colmenárez 5|Pernalete 3|Mendoza 4|Torrealba 4|Yépez 4|Sequera 3|"
    "Giménez 4|Freitez 3|Sivira 3|Alvarado 4|Piña 3|Mujica 3|Chirinos 4|Riera 3|Querales 2|"
    "Oviedo 2|Lameda 2|Perozo 2|Rodríguez 5",
    "ORI": "Marcano 6|Malavé 4|Salazar 5|Maita 3|Rengel 3|Brito 4|Velásquez 4|Marín 4|"
    "Carreño 3|Guzmán 3|Figueroa 4|Sifontes 2|Gil 3|Campos 3|Boada 2|Lárez 3|Rojas 4|"
    "Caraballo 2|Hurtado 2|Subero 2|Millán 3|Rodríguez 6",
    "LLA": "Rivas 4|Linares 4|Torres 3|Camacho 3|Zambrano 3|Ojeda 3|Parra 3|Mendoza 3|"
    "Delgado 3|Ruiz 3|Hurtado 2|Pérez 4|Sánchez 3",
    "CEN": "Hernández 4|González 4|Pérez 3",
}
CO_SURNAMES = """
Rodríguez 40|Gómez 25|González 30|Martínez 25|García 25|López 22|Hernández 20|Sánchez 20
Ramírez 18|Pérez 18|Díaz 18|Muñoz 15|Rojas 15|Moreno 15|Jiménez 14|Vargas 12|Castro 12
Gutiérrez 12|Ortiz 12|Ruiz 10|Álvarez 10|Suárez 10|Romero 10|Herrera 10|Valencia 8
Quintero 8|Cárdenas 8|Ospina 6|Restrepo 6|Osorio 8|Arango 5|Mejía 6|Castaño 5|Giraldo 6
Zuluaga 4|Cardona 6|Londoño 4|Patiño 5|Salazar 8|Toro 4|Villamizar 6|Jaimes 6|Carvajal 6
Durán 6|Peñaranda 4|Ortega 6|Becerra 5|Parada 5|Contreras 8|Rincón 6|Bautista 6|Camacho 5
Sepúlveda 4|Galvis 4|Duarte 5|Ospino 3|Pacheco 4|Barrios 4|Mendoza 6|Fuentes 3|Montero 3
Caicedo 4|Zapata 5|Montoya 4|Ibáñez 2|Peña 4|Quiñónez 2
"""
WAYUU_CLANS = "Epieyú 5|Uriana 5|Ipuana 4|Pushaina 4|Jayariyú 3|Epinayú 3|Uliana 2|Sapuana 2|"
WAYUU_CLANS += "Jusayú 3|Pana 2|Aapushana 1"
WAYUU_SPELL = {
    "Epieyú": "Epiayú|Epieyu|Epiayu",
    "Jayariyú": "Jayaliyú|Jayariyu",
    "Epinayú": "Epinayu|Epinayo",
    "Jusayú": "Jusayu",
    "Pushaina": "Puchaina|Pushayna",
    "Ipuana": "Ipuyana",
    "Uliana": "Ulliana",
    "Aapushana": "Apushana",
}

# Surnames with particles: what a clerk makes of them.
PARTICLE_FORMS = {}  # filled below: name -> (lower, joined, dropped)
for _s in ("De La Cruz", "Del Valle", "De Los Santos", "San Juan", "De Armas", "De León",
           "La Rosa", "Del Castillo", "De Jesús", "De Abreu", "De Freitas", "De Sousa",
           "Da Silva", "Dos Santos", "San Martín", "De Oliveira", "Di Marco", "Di Giacomo",
           "D'Angelo"):  # fmt: skip
    _w = _s.split(" ")
    _low = " ".join(x.lower() if x in ("De", "La", "Los", "Del", "Da", "Dos", "Di") else x
                    for x in _w)  # fmt: skip
    _joined = "".join(_w).replace("'", "")
    _joined = _joined[0] + _joined[1:].lower()
    _drop = _w[-1] if _w[0] in ("De", "Del", "Da", "Dos", "Di") else _s
    if _s.startswith("D'"):
        _low, _drop = "d'" + _s[2:], _s[2:]
    PARTICLE_FORMS[_s] = (_low, _joined, _drop)

# Invented names (Yor-gelis, Dei-verson ...): prefixes shared by siblings.
INV_PREFIX = ("Yor", "Yus", "Yul", "Dei", "Kei", "Yon", "Yer", "Mai", "Day", "Ley", "Nay", "Yan",
              "Kle", "Wil", "Mar", "Yel", "Yes", "Dar", "Yei", "Jhor", "Fran", "Ros", "Gen",
              "Ya")  # fmt: skip
INV_MALE = ("man", "ver", "son", "berson", "ker", "aiker", "mer", "ler", "wil", "bert", "dy",
            "nel", "erson", "wuin", "ber")  # fmt: skip
INV_FEMALE = ("gelis", "belis", "mary", "leidy", "lin", "dys", "imar", "alis", "eidy", "ianny",
              "beth", "leth", "ibel", "erlin", "glis", "nis")  # fmt: skip


def _parse_cohort(text: str) -> list[tuple[str, list[float]]]:
    out = []
    for chunk in text.replace("\n", "|").split("|"):
        chunk = chunk.strip()
        if not chunk:
            continue
        parts = chunk.rsplit(None, 4)
        out.append((parts[0], [float(x) for x in parts[1:]]))
    return out


def _parse_weighted(text: str) -> list[tuple[str, float]]:
    out = []
    for chunk in text.replace("\n", "|").split("|"):
        chunk = chunk.strip()
        if not chunk:
            continue
        name, w = chunk.rsplit(None, 1)
        out.append((name, float(w)))
    return out


def _split_variants(d: dict[str, str]) -> dict[str, tuple[str, ...]]:
    return {k: tuple(v.split("|")) for k, v in d.items()}


# ---------------------------------------------------------------------------------------------
# Geography: where people come from, and the places along the routes
# ---------------------------------------------------------------------------------------------

# city, state, region, weight, abbreviations, other names people give (parish, twin town)
CITIES = [
    ("Maracaibo", "Zulia", "ZUL", 9, "Mcbo|Mbo", "San Francisco|La Concepción"),
    ("Cabimas", "Zulia", "ZUL", 2, "", "Costa Oriental"),
    ("Ciudad Ojeda", "Zulia", "ZUL", 1.5, "Cdad Ojeda|Cd. Ojeda", "Lagunillas"),
    ("Machiques", "Zulia", "ZUL", 0.5, "", "Machiques de Perijá"),
    ("Caracas", "Distrito Capital", "CEN", 10, "Ccs", "Petare|Catia|El Valle|Antímano"),
    ("Los Teques", "Miranda", "CEN", 1.5, "", ""),
    ("Guarenas", "Miranda", "CEN", 1.5, "", "Guatire"),
    ("Charallave", "Miranda", "CEN", 0.8, "", "Valles del Tuy|Cúa"),
    ("Valencia", "Carabobo", "CEN", 7, "Vlc", "Los Guayos|Tocuyito|San Diego"),
    ("Puerto Cabello", "Carabobo", "CEN", 1.2, "Pto Cabello|Pto. Cabello", ""),
    ("Maracay", "Aragua", "CEN", 5, "Mcy", "Turmero|Cagua|Palo Negro"),
    ("San Juan de los Morros", "Guárico", "CEN", 0.6, "S. J. de los Morros", ""),
    ("Calabozo", "Guárico", "CEN", 0.6, "", ""),
    ("Barquisimeto", "Lara", "LAR", 6, "Bqto", "Cabudare"),
    ("Carora", "Lara", "LAR", 0.8, "", ""),
    ("San Felipe", "Yaracuy", "LAR", 1, "", ""),
    ("Acarigua", "Portuguesa", "LAR", 1.2, "", "Araure"),
    ("Guanare", "Portuguesa", "LAR", 0.7, "", ""),
    ("Coro", "Falcón", "LAR", 1, "", "Santa Ana de Coro"),
    ("Punto Fijo", "Falcón", "LAR", 1.2, "Pto Fijo", "Paraguaná"),
    ("San Cristóbal", "Táchira", "AND", 4, "Sn Cristobal|S. Cristóbal", "Táriba|Palmira"),
    ("San Antonio del Táchira", "Táchira", "AND", 1.2, "San Antonio", "Ureña"),
    ("Rubio", "Táchira", "AND", 0.6, "", ""),
    ("Mérida", "Mérida", "AND", 2, "", "Ejido|Tovar"),
    ("El Vigía", "Mérida", "AND", 1, "", ""),
    ("Valera", "Trujillo", "AND", 1.3, "", ""),
    ("Barinas", "Barinas", "LLA", 1.8, "", "Socopó"),
    ("San Fernando de Apure", "Apure", "LLA", 0.8, "San Fernando", ""),
    ("Guasdualito", "Apure", "LLA", 0.6, "", "El Amparo"),
    ("Maturín", "Monagas", "ORI", 3, "", ""),
    ("Barcelona", "Anzoátegui", "ORI", 2, "", "Lechería"),
    ("Puerto La Cruz", "Anzoátegui", "ORI", 1.5, "Pto La Cruz|PLC", ""),
    ("El Tigre", "Anzoátegui", "ORI", 1.3, "", "San José de Guanipa"),
    ("Cumaná", "Sucre", "ORI", 1.5, "", ""),
    ("Carúpano", "Sucre", "ORI", 0.8, "", ""),
    ("Ciudad Guayana", "Bolívar", "ORI", 3.5, "Cdad Guayana|Cd. Guayana",
     "Puerto Ordaz|San Félix|Pto Ordaz"),
    ("Ciudad Bolívar", "Bolívar", "ORI", 1.8, "Cdad Bolivar|Cd. Bolívar", ""),
    ("Upata", "Bolívar", "ORI", 0.5, "", ""),
    ("Santa Elena de Uairén", "Bolívar", "ORI", 0.3, "Sta Elena", "Santa Elena"),
    ("Tucupita", "Delta Amacuro", "ORI", 0.5, "", ""),
    ("Porlamar", "Nueva Esparta", "ORI", 0.8, "", "Margarita|Isla de Margarita"),
]  # fmt: skip
CO_BIRTHPLACES = Pool([("Cúcuta", 8), ("Barranquilla", 4), ("Valledupar", 3), ("Santa Marta", 3),
                       ("Cartagena", 3), ("Medellín", 3), ("Bucaramanga", 3), ("Pamplona", 1),
                       ("Ocaña", 2), ("Riohacha", 2), ("Maicao", 2), ("Arauca", 2),
                       ("Saravena", 1), ("Bogotá", 3), ("Cali", 2), ("Montería", 2),
                       ("Sincelejo", 2), ("Tibú", 1)])  # fmt: skip
STATE_ABBR = {"Distrito Capital": ("Dtto. Capital", "DC", "Distrito Capital"),
              "Nueva Esparta": ("Nva. Esparta", "Margarita")}  # fmt: skip
COUNTRY_FORMS = Pool([("Venezuela", 10), ("VENEZUELA", 3), ("VEN", 1), ("Venezolano", 1),
                      ("Venezuela (República Bolivariana de)", 1)])  # fmt: skip

# fmt: off
# Places.  kind "x" = a crossing (one day), "s" = a stay.  country, city label, sites, area code.
# desks: (agency, p per visit, rate per year, window, rules)
PLACES: dict[str, tuple] = {
    "CUC_X": ("x", "CO", "Cúcuta", ["Cucuta-Puente Simon Bolivar", "Villa del Rosario",
                                     "Cucuta-Puente Francisco de Paula Santander"], ""),
    "CUC": ("s", "CO", "Cúcuta", ["Cucuta-La Parada", "Cucuta-Centro", "Cucuta-Atalaya"], ""),
    "PAMP": ("s", "CO", "Pamplona", ["Pamplona", "Pamplona-Los Patios road", "Berlin-Paramo"], ""),
    "BGA": ("s", "CO", "Bucaramanga", ["Bucaramanga", "Bucaramanga-Norte", "Floridablanca"], ""),
    "BOG": ("s", "CO", "Bogotá", ["Bogota-Kennedy", "Bogota-Suba", "Bogota-Bosa",
                                   "Bogota-Terminal Salitre", "Bogota-Centro"], ""),
    "MED": ("s", "CO", "Medellín", ["Medellin", "Medellin-Bello"], ""),
    "CAL": ("s", "CO", "Cali", ["Cali", "Cali-Siloe"], ""),
    "BAQ": ("s", "CO", "Barranquilla", ["Barranquilla", "Soledad", "Santa Marta"], ""),
    "PGX_X": ("x", "CO", "Maicao", ["Paraguachon"], ""),
    "MAI": ("s", "CO", "Maicao", ["Maicao", "Riohacha", "Maicao-Villa Amistad"], ""),
    "ARA_X": ("x", "CO", "Arauca", ["Arauca-Puente Jose Antonio Paez"], ""),
    "ARA": ("s", "CO", "Arauca", ["Arauca", "Saravena"], ""),
    "IPI_X": ("x", "CO", "Ipiales", ["Ipiales-Rumichaca"], ""),
    "TUL_X": ("x", "EC", "Tulcán", ["Tulcan-Rumichaca"], ""),
    "UIO": ("s", "EC", "Quito", ["Quito-Norte", "Quito-Sur", "Quito-Centro"], ""),
    "GYE": ("s", "EC", "Guayaquil", ["Guayaquil", "Guayaquil-Norte"], ""),
    "HUA_X": ("x", "EC", "Huaquillas", ["Huaquillas"], ""),
    "TUM_X": ("x", "PE", "Tumbes", ["Tumbes-CEBAF"], ""),
    "LIM": ("s", "PE", "Lima", ["Lima-Brena", "Lima-SJL", "Lima-Los Olivos", "Lima-Centro",
                                 "Lima-Callao"], ""),
    "CHI_X": ("x", "CL", "Colchane", ["Colchane", "Chacalluta"], ""),
    "SCL": ("s", "CL", "Santiago", ["Santiago-Estacion Central", "Santiago-Centro"], ""),
    "PAC_X": ("x", "BR", "Pacaraima", ["Pacaraima-PTRIG"], "95"),
    "BVB": ("s", "BR", "Boa Vista", ["Boa Vista-Rondon", "Boa Vista-Jardim Floresta",
                                      "Boa Vista-Rodoviaria", "Boa Vista-Pricuma"], "95"),
    "MAO": ("s", "BR", "Manaus", ["Manaus", "Sao Paulo", "Curitiba"], "92"),
    "RET_X": ("x", "CO", "Cúcuta", ["Cucuta-Corredor Humanitario", "Villa del Rosario"], ""),
    "VE": ("s", "VE", "", [], ""),
}
A, ONE = "all", "one"
DESKS: dict[str, list[tuple]] = {
    "CUC_X": [("MIGCOL", .40, 0, "border_co", A), ("IOM", .05, 0, None, "iom"),
              ("CRUZROJA", .03, 0, None, ONE), ("UNHCR", .02, 0, None, A)],
    "CUC": [("DIVINA", .14, .02, None, "shelter"), ("COMEDOR", .05, .05, None, "shelter"),
            ("UNHCR", .02, .04, None, "unhcr"), ("IOM", .02, .02, None, "iom"),
            ("WFP", 0, .06, "wfp_co", "wfp"), ("CRUZROJA", .02, .01, None, ONE)],
    "PAMP": [("CRUZROJA", .08, 0, None, ONE), ("CASAMIG", .05, 0, None, "shelter"),
             ("IOM", .03, 0, None, "iom")],
    "BGA": [("UNHCR", .01, .03, None, "unhcr"), ("WFP", 0, .04, "wfp_co", "wfp"),
            ("COMEDOR", .02, .03, None, "shelter"), ("CRUZROJA", .01, .01, None, ONE)],
    "BOG": [("UNHCR", .01, .04, None, "unhcr"), ("WFP", 0, .05, "wfp_co", "wfp"),
            ("COMEDOR", .01, .04, None, "shelter"), ("IOM", .01, .02, None, "iom"),
            ("CASAMIG", .02, .01, None, "shelter"), ("CRUZROJA", .01, .01, None, ONE)],
    "MED": [("UNHCR", .01, .03, None, "unhcr"), ("WFP", 0, .04, "wfp_co", "wfp"),
            ("COMEDOR", .01, .03, None, "shelter")],
    "CAL": [("UNHCR", .01, .03, None, "unhcr"), ("WFP", 0, .04, "wfp_co", "wfp"),
            ("COMEDOR", .01, .03, None, "shelter")],
    "BAQ": [("UNHCR", .01, .03, None, "unhcr"), ("WFP", 0, .05, "wfp_co", "wfp"),
            ("COMEDOR", .01, .03, None, "shelter"), ("IOM", .01, .02, None, "iom")],
    "PGX_X": [("MIGCOL", .35, 0, "border_co", A), ("IOM", .05, 0, None, "iom"),
              ("CRUZROJA", .03, 0, None, ONE)],
    "MAI": [("UNHCR", .03, .05, None, "unhcr"), ("WFP", 0, .06, "wfp_co", "wfp"),
            ("COMEDOR", .02, .04, None, "shelter"), ("CRUZROJA", .01, .01, None, ONE),
            ("IOM", .02, .02, None, "iom")],
    "ARA_X": [("MIGCOL", .30, 0, "border_co", A), ("IOM", .03, 0, None, "iom"),
              ("CRUZROJA", .03, 0, None, ONE)],
    "ARA": [("UNHCR", .02, .04, None, "unhcr"), ("WFP", 0, .05, "wfp_co", "wfp"),
            ("COMEDOR", .02, .03, None, "shelter")],
    "IPI_X": [("MIGCOL", .30, 0, "exit_co", A), ("IOM", .05, 0, None, "iom"),
              ("CRUZROJA", .04, 0, None, ONE), ("UNHCR", .02, 0, None, A)],
    "TUL_X": [("MIGEC", .38, 0, "entry_ec", A), ("UNHCR", .04, 0, None, A),
              ("CASAMIG", .03, 0, None, "shelter"), ("CRUZROJA", .02, 0, None, ONE)],
    "UIO": [("UNHCR", .02, .05, None, "unhcr"), ("WFP", 0, .05, "wfp_ec", "wfp"),
            ("CASAMIG", .03, .02, None, "shelter"), ("COMEDOR", 0, .02, None, "shelter")],
    "GYE": [("UNHCR", .02, .04, None, "unhcr"), ("WFP", 0, .05, "wfp_ec", "wfp"),
            ("COMEDOR", 0, .03, None, "shelter")],
    "HUA_X": [("MIGEC", .25, 0, "entry_pe", A), ("IOM", .03, 0, None, "iom"),
              ("CRUZROJA", .02, 0, None, ONE)],
    "TUM_X": [("MIGPE", .42, 0, "entry_pe", A), ("IOM", .04, 0, None, "iom"),
              ("UNHCR", .03, 0, None, A), ("CRUZROJA", .03, 0, None, ONE)],
    "LIM": [("UNHCR", .01, .04, None, "unhcr"), ("WFP", 0, .04, "wfp_pe", "wfp"),
            ("COMEDOR", 0, .04, None, "shelter"), ("CASAMIG", .02, .02, None, "shelter"),
            ("CRUZROJA", 0, .01, None, ONE)],
    "CHI_X": [("IOM", .05, 0, None, "iom"), ("CRUZROJA", .05, 0, None, ONE),
              ("UNHCR", .03, 0, None, A)],
    "SCL": [("UNHCR", 0, .03, None, "unhcr"), ("IOM", 0, .02, None, "iom"),
            ("CASAMIG", .02, .03, None, "shelter")],
    "PAC_X": [("ACOLHIDA", .55, 0, "entry_br", A), ("IOM", .04, 0, None, "iom"),
              ("CRUZROJA", .03, 0, None, ONE), ("UNHCR", .05, 0, None, A)],
    "BVB": [("ACOLHIDA", .15, .20, None, A), ("UNHCR", .02, .05, None, "unhcr"),
            ("PASTORAL", .03, .04, None, "shelter"), ("IOM", 0, .02, None, "iom")],
    "MAO": [("ACOLHIDA", .20, .02, None, A), ("UNHCR", 0, .03, None, "unhcr"),
            ("PASTORAL", 0, .02, None, "shelter")],
    "RET_X": [("IOM", .20, 0, None, A), ("CRUZROJA", .10, 0, None, ONE),
              ("MIGCOL", .12, 0, None, A)],
    "VE": [],
}
# One-off national programmes during a stay: (agency, p, window, site label)
PROGRAMS = {
    "CO": [("RAMV", .5, "ramv", None), ("ETPV", .50, "etpv", None)],
    "EC": [("MIGEC", .25, "ec_reg", None)],
    "PE": [("MIGPE", .35, "pe_ptp", "Lima-Brena"), ("MIGPE", .30, "pe_cpp", "Lima-Brena")],
    "BR": [],
    "CL": [],
    "VE": [],
}
_W = _d
WINDOWS = {
    # the Simon Bolivar bridge: closed 23 Feb - 7 Jun 2019, and for COVID 14 Mar 2020 - 1 Jun 2021
    "border_co": [(START, _W(2019, 2, 22), 1), (_W(2019, 2, 23), _W(2019, 6, 7), .1),
                  (_W(2019, 6, 8), _W(2020, 3, 13), .8), (_W(2020, 3, 14), _W(2021, 6, 1), .06),
                  (_W(2021, 6, 2), END, .7)],
    "exit_co": [(START, _W(2019, 8, 25), 1), (_W(2019, 8, 26), _W(2020, 3, 16), .4),
                (_W(2020, 3, 17), _W(2021, 12, 31), .08), (_W(2022, 1, 1), END, .3)],
    # Ecuador asks for a visa from 26 Aug 2019; Peru for a passport and visa from 15 Jun 2019
    "entry_ec": [(START, _W(2019, 8, 25), 1), (_W(2019, 8, 26), _W(2020, 3, 16), .3),
                 (_W(2020, 3, 17), _W(2021, 12, 31), .06), (_W(2022, 1, 1), END, .25)],
    "entry_pe": [(START, _W(2019, 6, 14), 1), (_W(2019, 6, 15), _W(2020, 3, 15), .3),
                 (_W(2020, 3, 16), END, .08)],
    # Operação Acolhida from March 2018; border closed March 2020 - June 2021
    "entry_br": [(START, _W(2018, 2, 28), .35), (_W(2018, 3, 1), _W(2020, 3, 17), 1),
                 (_W(2020, 3, 18), _W(2021, 6, 22), .35), (_W(2021, 6, 23), END, 1)],
    "ramv": [(_W(2018, 4, 6), _W(2018, 6, 8), 1)],
    "etpv": [(_W(2021, 5, 5), END, 1)],
    "ec_reg": [(_W(2019, 10, 1), _W(2020, 8, 13), 1)],
    "pe_ptp": [(_W(2017, 2, 3), _W(2018, 12, 31), 1)],
    "pe_cpp": [(_W(2021, 6, 1), END, 1)],
    "wfp_co": [(START, _W(2018, 5, 31), .2), (_W(2018, 6, 1), END, 1)],
    "wfp_ec": [(START, _W(2018, 9, 30), .2), (_W(2018, 10, 1), END, 1)],
    "wfp_pe": [(START, _W(2019, 6, 30), .1), (_W(2019, 7, 1), END, 1)],
}

# fmt: on


def window_mult(key: str | None, t: int) -> float:
    if key is None:
        return 1.0
    for a, b, m in WINDOWS[key]:
        if a <= t <= b:
            return m
    return 0.0


def window_overlap(key: str, a: int, b: int) -> tuple[int, int] | None:
    lo, hi = None, None
    for s, e, _m in WINDOWS[key]:
        x, y = max(a, s), min(b, e)
        if x <= y:
            lo = x if lo is None else min(lo, x)
            hi = y if hi is None else max(hi, y)
    return None if lo is None else (lo, hi)


# ---------------------------------------------------------------------------------------------
# Agencies and their clerks
# ---------------------------------------------------------------------------------------------

_BASE = dict(
    case=(1, 1, 0), strip=.5, enye=(1, 0, 0, 0), moji=0.0, pt=False, self_=False,
    drop_s2=.05, drop_g2=.06, g2f=.005, one=.0, one_sf=.7, swap=.005, rev=.003, last_only=.0,
    split=.002, gorder=.004, nick=.1, variant=.08, phon=.01, typo=.015, hyper=.15,
    part=(8, 1, .6, .4), psplit=.1,
    dm=.03, age=.0, yonly=.005, jan1=.01, dmiss=.01, twodig=.002, ytypo=.003,
    sexmiss=.01, sexwrong=.002,
    phone_miss=.3, dep_phone=.4, shelter_phone=0.0, old_phone=.15,
    origin=(55, 8, 15, 3, 4, 3, 2, 10), href_miss=.5, href_reuse=.85, hours=(7, 18),
)  # fmt: skip
# fmt: off
AGENCIES = {
    # Migración Colombia at the border posts: capitals from the cédula, accents off, both surnames
    "MIGCOL": dict(case=(95, 5, 0), strip=.92, enye=(75, 25, 0, 0), drop_s2=.04, drop_g2=.05,
                   g2f=.004, swap=.006, variant=.04, phon=.004, typo=.012, dm=.04, jan1=.003,
                   dmiss=.002, sexmiss=.004, phone_miss=.3, dep_phone=.5, old_phone=.0,
                   origin=(50, 5, 30, 2, 2, 5, 0, 6), href_miss=.93, hours=(6, 20), nick=0),
    # The 2018 RAMV survey: enumerators with tablets, names as told, no document needed
    "RAMV": dict(case=(70, 30, 0), strip=.8, enye=(80, 20, 0, 0), drop_s2=.06, drop_g2=.08,
                 g2f=.012, swap=.01, variant=.15, phon=.02, typo=.02, dm=.05, age=.02,
                 yonly=.01, jan1=.012, phone_miss=.25, dep_phone=.5,
                 origin=(60, 8, 15, 4, 5, 2, 1, 5), href_miss=.15, hours=(7, 18), nick=.15),
    # The Estatuto Temporal (RUMV) 2021-22: people type their own data online, families by the head
    "ETPV": dict(self_=True, drop_s2=.03, drop_g2=.04, g2f=.006, swap=.006, rev=.002,
                 variant=.02, phon=.008, typo=.022, dm=.015, yonly=0, jan1=.004, dmiss=0,
                 sexmiss=0, phone_miss=.04, dep_phone=.8, old_phone=.05,
                 origin=(70, 10, 10, 3, 4, 1, 0, 2), href_miss=.85, hours=(0, 24), nick=.05),
    "MIGEC": dict(case=(92, 8, 0), strip=.9, enye=(80, 20, 0, 0), drop_s2=.05, drop_g2=.06,
                  swap=.006, variant=.05, phon=.006, typo=.014, dm=.035, jan1=.004,
                  dmiss=.004, sexmiss=.004, phone_miss=.35, dep_phone=.5, old_phone=.3,
                  origin=(50, 5, 28, 2, 2, 6, 0, 5), href_miss=.95, hours=(6, 22), nick=0),
    "MIGPE": dict(case=(95, 5, 0), strip=.92, enye=(85, 15, 0, 0), drop_s2=.03, drop_g2=.05,
                  swap=.005, variant=.04, phon=.005, typo=.012, dm=.025, jan1=.003,
                  dmiss=.003, sexmiss=.003, phone_miss=.35, dep_phone=.5, old_phone=.2,
                  origin=(45, 5, 38, 1, 2, 4, 0, 3), href_miss=.95, hours=(6, 22), nick=0),
    # Operação Acolhida: Brazilian Army and partners, Portuguese-speaking clerks
    "ACOLHIDA": dict(case=(55, 45, 0), strip=.3, enye=(25, 50, 0, 25), pt=True, drop_s2=.1,
                     drop_g2=.08, g2f=.02, one=.03, swap=.012, rev=.28, last_only=.12,
                     variant=.2, phon=.05, typo=.02, dm=.01, age=.02, yonly=.01, jan1=.01,
                     phone_miss=.3, dep_phone=.5, old_phone=.2,
                     origin=(45, 5, 20, 1, 2, 20, 0, 7), href_miss=.25, hours=(7, 19)),
    "UNHCR": dict(case=(40, 60, 0), strip=.5, enye=(45, 45, 10, 0), drop_s2=.25, drop_g2=.12,
                  g2f=.02, one=.005, swap=.01, variant=.1, phon=.02, typo=.015, dm=.03,
                  age=.03, yonly=.02, jan1=.04, sexmiss=.005, phone_miss=.15, dep_phone=.6,
                  origin=(55, 10, 15, 3, 4, 4, 3, 6), href_miss=.08, hours=(8, 17)),
    # IOM at flow-monitoring and transport points: quick lists, first name and one surname, ages
    "IOM": dict(case=(60, 40, 0), strip=.7, enye=(40, 50, 10, 0), drop_s2=.5, drop_g2=.45,
                g2f=.01, one=.01, swap=.012, variant=.2, phon=.04, typo=.025, dm=.03, age=.3,
                yonly=.1, jan1=.03, dmiss=.05, sexmiss=.01, phone_miss=.6, dep_phone=.3,
                origin=(50, 5, 20, 3, 3, 10, 0, 12), href_miss=.85, hours=(6, 19), nick=.25),
    # WFP cash lists: the head's identity and phone must match for the transfer
    "WFP": dict(case=(90, 10, 0), strip=.85, enye=(60, 40, 0, 0), drop_s2=.08, drop_g2=.1,
                g2f=.01, one=.01, swap=.008, variant=.08, phon=.01, typo=.015, dm=.07,
                yonly=.01, jan1=.02, dmiss=.02, sexmiss=.01, phone_miss=.03, dep_phone=.9,
                old_phone=.05, origin=(40, 5, 20, 3, 3, 5, 4, 20), href_miss=.05,
                hours=(8, 16)),
    # Church shelters and soup kitchens: handwritten lists typed up later
    "DIVINA": dict(case=(55, 35, 10), strip=.75, enye=(60, 40, 0, 0), drop_s2=.3,
                   drop_g2=.3, g2f=.03, one=.06, swap=.02, variant=.25, phon=.06, typo=.03,
                   dm=.04, age=.25, yonly=.06, jan1=.03, dmiss=.06, sexmiss=.05,
                   phone_miss=.5, dep_phone=.3, shelter_phone=.05,
                   origin=(50, 3, 10, 4, 4, 15, 2, 12), href_miss=.55, hours=(6, 21), nick=.3),
    "CASAMIG": dict(case=(45, 45, 10), strip=.4, enye=(75, 25, 0, 0), moji=.8, drop_s2=.28,
                    drop_g2=.25, g2f=.03, one=.05, swap=.02, variant=.22, phon=.05, typo=.03,
                    dm=.04, age=.2, yonly=.05, jan1=.03, dmiss=.05, sexmiss=.04,
                    phone_miss=.45, dep_phone=.3, shelter_phone=.08,
                    origin=(50, 4, 10, 3, 4, 15, 3, 11), href_miss=.5, hours=(6, 21), nick=.3),
    "COMEDOR": dict(case=(50, 35, 15), strip=.75, enye=(55, 45, 0, 0), drop_s2=.35,
                    drop_g2=.35, g2f=.03, one=.08, swap=.02, variant=.28, phon=.07, typo=.03,
                    dm=.04, age=.35, yonly=.06, jan1=.03, dmiss=.08, sexmiss=.08,
                    phone_miss=.55, dep_phone=.3, shelter_phone=.0,
                    origin=(45, 2, 8, 4, 4, 15, 4, 18), href_miss=.7, hours=(6, 14), nick=.35),
    "PASTORAL": dict(case=(50, 45, 5), strip=.35, enye=(30, 50, 0, 20), pt=True, drop_s2=.25,
                     drop_g2=.25, g2f=.03, one=.05, swap=.02, rev=.15, last_only=.08,
                     variant=.25, phon=.06, typo=.03, dm=.02, age=.25, yonly=.05, jan1=.03,
                     dmiss=.05, sexmiss=.04, phone_miss=.45, dep_phone=.3, shelter_phone=.05,
                     origin=(40, 3, 10, 2, 3, 25, 2, 15), href_miss=.55, hours=(7, 20),
                     nick=.3),
    # Red Cross health posts: a patient, a first name, one surname, an age
    "CRUZROJA": dict(case=(60, 40, 0), strip=.7, enye=(55, 45, 0, 0), drop_s2=.4, drop_g2=.4,
                     g2f=.02, one=.02, swap=.015, variant=.2, phon=.05, typo=.03, dm=.03,
                     age=.45, yonly=.1, jan1=.02, dmiss=.05, sexmiss=.01, phone_miss=.55,
                     dep_phone=.3, origin=(40, 2, 10, 3, 3, 12, 0, 30), href_miss=.97,
                     hours=(7, 19), nick=.35),
}
# fmt: on
for _k, _v in AGENCIES.items():
    AGENCIES[_k] = {**_BASE, **_v}

# Who of a household is written down at an event: (all, head only, adults, one person)
RULES = {
    "all": Pool([("all", 1)]),
    "one": Pool([("one", 8), ("all", 2)]),
    "iom": Pool([("all", 5), ("head", 3), ("one", 2)]),
    "shelter": Pool([("all", 7), ("head", 3)]),
    "unhcr": Pool([("all", 8), ("head", 2)]),
    "wfp": Pool([("head", 55), ("all", 45)]),
}
ISO3 = {"CO": "COL", "EC": "ECU", "PE": "PER", "BR": "BRA", "CL": "CHL", "VE": "VEN"}


def _jit(rng: random.Random, x: float, s: float = 0.45) -> float:
    return min(0.95, x * rng.lognormvariate(0.0, s)) if x > 0 else 0.0


class Clerk:
    """The fixed writing habits of one clerk (or, online, of one registrant)."""

    __slots__ = (
        "case", "strip", "enye", "moji", "pt", "drop_s2", "drop_g2", "g2f", "one", "one_sf",
        "swap", "rev", "last_only", "split", "gorder", "nick", "variant", "phon", "typo",
        "hyper", "part", "psplit", "dm", "age", "yonly", "jan1", "dmiss", "twodig", "ytypo",
        "sexmiss", "sexwrong", "phone_miss", "dep_phone", "shelter_phone", "old_phone",
        "pstyle", "origin", "state_style", "cs_style", "href_miss", "href_reuse", "h0", "h1",
        "name", "ll_lh", "ez_es", "one_given_field", "partk", "filiation", "shelter_no",
    )  # fmt: skip

    def __init__(self, rng: random.Random, prof: dict, country: str, name: str) -> None:
        self.name = name
        pt = prof["pt"] or country == "BR"
        self.pt = pt
        cw = prof["case"]
        if prof["self_"]:
            cw = (30, 55, 15)
        self.case = Pool(zip("UTL", cw, strict=True)).pick(rng)
        strip = prof["strip"] if not prof["self_"] else 0.5
        if pt and not prof["pt"]:
            strip = 0.35
        self.strip = rng.random() < strip
        ew = prof["enye"]
        if prof["self_"]:
            ew = (85, 15, 0, 0)
        elif pt and not prof["pt"]:
            ew = (30, 50, 0, 20)
        self.enye = Pool(zip(("k", "n", "ni", "nh"), ew, strict=True)).pick(rng)
        self.moji = prof["moji"]
        j = _jit
        self.drop_s2 = j(rng, prof["drop_s2"])
        self.drop_g2 = j(rng, prof["drop_g2"])
        self.g2f = j(rng, prof["g2f"], 0.8)
        self.one = j(rng, prof["one"], 0.8)
        self.one_sf = prof["one_sf"]
        self.one_given_field = 0.7
        self.swap = j(rng, prof["swap"], 0.8)
        rev = prof["rev"] if not (pt and not prof["pt"]) else 0.18
        self.rev = j(rng, rev, 0.5)
        lo = prof["last_only"] if not (pt and not prof["pt"]) else 0.08
        self.last_only = j(rng, lo, 0.5)
        self.split = j(rng, prof["split"], 0.8)
        self.gorder = j(rng, prof["gorder"], 0.8)
        self.nick = prof["nick"]
        self.variant = j(rng, prof["variant"] * (2.0 if pt else 1.0), 0.5)
        self.phon = j(rng, prof["phon"] * (1.5 if pt else 1.0), 0.6)
        self.typo = j(rng, prof["typo"], 0.5)
        self.hyper = prof["hyper"] if rng.random() < 0.3 else 0.0
        self.part = Pool(zip(("keep", "lower", "join", "drop"), prof["part"], strict=True))
        self.psplit = prof["psplit"]
        self.partk = self.part.pick(rng)
        self.filiation = prof["pt"] and rng.random() < 0.15
        self.shelter_no = ""
        self.ll_lh = 0.12 if pt else 0.0
        self.ez_es = 0.08 if pt else 0.0
        # date habits: a clerk either swaps day and month from time to time or never does
        self.dm = j(rng, prof["dm"] * 4.0, 0.3) if rng.random() < 0.4 else 0.0
        self.age = j(rng, prof["age"], 0.4)
        self.yonly = j(rng, prof["yonly"], 0.6)
        self.jan1 = j(rng, prof["jan1"], 0.6)
        self.dmiss = j(rng, prof["dmiss"], 0.6)
        self.twodig = prof["twodig"] * 10 if rng.random() < 0.1 else 0.0
        self.ytypo = prof["ytypo"]
        self.sexmiss = j(rng, prof["sexmiss"], 0.6)
        self.sexwrong = prof["sexwrong"]
        self.phone_miss = j(rng, prof["phone_miss"], 0.3)
        self.dep_phone = prof["dep_phone"]
        self.shelter_phone = prof["shelter_phone"]
        self.old_phone = prof["old_phone"]
        self.pstyle = {
            "VE": Pool([(0, 4), (1, 5), (2, 2), (3, 1), (4, 2), (5, 1), (6, 1)]).pick(rng),
            "CO": Pool([(0, 8), (1, 3), (2, 2), (3, 1), (4, 1)]).pick(rng),
            "PE": Pool([(0, 8), (1, 3), (2, 2), (3, 2)]).pick(rng),
            "EC": Pool([(0, 8), (1, 3), (2, 2), (3, 1)]).pick(rng),
            "BR": Pool([(0, 6), (1, 4), (2, 2), (3, 2), (4, 1)]).pick(rng),
            "CL": Pool([(0, 4), (1, 5), (2, 3)]).pick(rng),
        }
        ow = [w * rng.lognormvariate(0, 0.3) for w in prof["origin"]]
        self.origin = Pool(
            zip(("city", "cs", "state", "abbr", "alt", "country", "lastres", "miss"), ow,
                strict=True)
        )  # fmt: skip
        self.state_style = rng.randrange(4)
        self.cs_style = rng.randrange(4)
        self.href_miss = j(rng, prof["href_miss"], 0.2)
        self.href_reuse = prof["href_reuse"]
        self.h0, self.h1 = prof["hours"]


# ---------------------------------------------------------------------------------------------
# Writing: accents, ñ, broken encodings, Portuguese ears, phonetic slips and typos
# ---------------------------------------------------------------------------------------------

STRIP = str.maketrans("áéíóúÁÉÍÓÚüÜàèìòùâêôÂÊÔãõÃÕçÇ", "aeiouAEIOUuUaeiouaeoAEOaoAOcC")
ENYE = {
    "n": str.maketrans({"ñ": "n", "Ñ": "N"}),
    "ni": str.maketrans({"ñ": "ni", "Ñ": "NI"}),
    "nh": str.maketrans({"ñ": "nh", "Ñ": "NH"}),
}
# UTF-8 read as Windows-1252 and saved again (bytes that cp1252 lacks are lost)
MOJI = str.maketrans({
    "á": "Ã¡", "é": "Ã©", "í": "Ã\u00ad", "ó": "Ã³", "ú": "Ãº", "ñ": "Ã±", "ü": "Ã¼",
    "Á": "Ã", "É": "Ã‰", "Í": "Ã", "Ó": "Ã“", "Ú": "Ãš", "Ñ": "Ã‘", "Ü": "Ãœ", "ç": "Ã§",
})  # fmt: skip
NONASCII = frozenset("áéíóúÁÉÍÓÚüÜñÑçÇãõâêô")
# Portuguese-writing clerks: words they know in their own spelling
PT_WORDS = {
    "María": "Maria", "Jesús": "Jesus", "Luis": "Luís", "Antonio": "Antônio",
    "Génesis": "Gênesis", "Ramón": "Ramon", "Sofía": "Sofia", "Lucía": "Lucia",
    "Simón": "Simon", "Ángel": "Angel", "Inés": "Inês", "Elías": "Elias", "Moisés": "Moisés",
    "Rubén": "Ruben", "Matías": "Matias", "Victoria": "Vitória", "Mónica": "Mônica",
    "Andrés": "Andres", "Julián": "Julian", "Adrián": "Adrian", "Sebastián": "Sebastian",
}  # fmt: skip
HYPER = {"Ortiz": "Ortíz", "Ruiz": "Ruíz", "Luis": "Luís", "Raul": "Raúl", "Isaac": "Isaác",
         "Yanez": "Yánez", "Beatriz": "Beatríz", "Cruz": "Crúz"}  # fmt: skip

# phonetic slips of Spanish speakers writing from dictation: seseo, yeísmo, b/v, silent h, y/j/i
PHON = [
    ("v", "b"), ("b", "v"), ("V", "B"), ("B", "V"), ("z", "s"), ("ce", "se"),
    ("ci", "si"), ("se", "ce"), ("ll", "y"), ("ya", "lla"), ("yo", "llo"), ("Ll", "Y"), ("H", ""),
    ("h", ""), ("sa", "za"), ("so", "zo"), ("is", "iz"),
    ("Yo", "Jo"), ("Jo", "Yo"), ("Ye", "Je"), ("Je", "Ye"), ("El", "Hel"), ("Ei", "Hei"),
    ("Os", "Hos"), ("Ol", "Hol"),
    ("Wu", "W"), ("Wi", "Wui"), ("X", "S"), ("x", "s"), ("qu", "k"), ("Qu", "K"), ("K", "C"),
    ("rr", "r"), ("ss", "s"), ("nn", "n"), ("tt", "t"), ("ph", "f"), ("th", "t"), ("ei", "ey"),
    ("ey", "ei"), ("ai", "ay"), ("Gi", "Ji"), ("Ji", "Gi"), ("ge", "je"), ("gi", "ji"),
    ("mb", "nb"), ("ny", "ni"), ("ll", "l"), ("rs", "rz"),
]  # fmt: skip

_ROWS = ("qwertyuiop", "asdfghjklñ", "zxcvbnm")
NEAR: dict[str, str] = {}
for _r, _row in enumerate(_ROWS):
    for _i, _c in enumerate(_row):
        _n = []
        if _i > 0:
            _n.append(_row[_i - 1])
        if _i + 1 < len(_row):
            _n.append(_row[_i + 1])
        for _rr in (_r - 1, _r + 1):
            if 0 <= _rr < 3:
                for _k in (_i - 1, _i, _i + 1):
                    if 0 <= _k < len(_ROWS[_rr]):
                        _n.append(_ROWS[_rr][_k])
        NEAR[_c] = "".join(_n)


def phonetic(s: str, rng: random.Random) -> str:
    cands = []
    for a, b in PHON:
        i = s.find(a)
        if i >= 0:
            cands.append((a, b, i))
    if s.endswith("y"):
        cands.append(("y", "i", len(s) - 1))
    elif s.endswith("i"):
        cands.append(("i", "y", len(s) - 1))
    if s.endswith("ez"):
        cands.append(("z", "s", len(s) - 1))
    elif s.endswith("es"):
        cands.append(("s", "z", len(s) - 1))
    if not cands:
        return s
    a, b, i = cands[int(rng.random() * len(cands))]
    if b == "" and (i + 1 >= len(s) or s[i + 1] == " "):
        return s
    if a[0].isupper() and i > 0 and s[i - 1] != " ":
        return s
    out = s[:i] + b + s[i + len(a) :]
    if a[0].isupper() and out:
        j = out.rfind(" ", 0, i) + 1
        out = out[:j] + out[j : j + 1].upper() + out[j + 1 :]
    return out


def typo(s: str, rng: random.Random) -> str:
    n = len(s)
    if n < 3:
        return s
    i = 1 + int(rng.random() * (n - 1))
    c = s[i]
    if c == " " or s[i - 1] == " ":
        return s
    r = rng.random()
    if r < 0.35:  # keyboard neighbour
        low = c.lower()
        nb = NEAR.get(low)
        if not nb:
            return s[:i] + s[i + 1 :]
        x = nb[int(rng.random() * len(nb))]
        if c.isupper():
            x = x.upper()
        return s[:i] + x + s[i + 1 :]
    if r < 0.6:  # dropped
        return s[:i] + s[i + 1 :]
    if r < 0.8:  # doubled
        return s[:i] + c + s[i:]
    if i + 1 < n and s[i + 1] != " ":  # swapped
        return s[:i] + s[i + 1] + c + s[i + 2 :]
    return s[:i] + s[i + 1 :]


def pt_ear(s: str, c: Clerk, rng: random.Random, tags: list) -> str:
    """What a Portuguese-speaking clerk makes of a Spanish name."""
    words = s.split(" ")
    changed = False
    for k, w in enumerate(words):
        x = PT_WORDS.get(w)
        if x is not None and rng.random() < 0.6:
            words[k] = x
            changed = True
    if changed:
        tags.append("accents_portuguese")
    s = " ".join(words)
    if "ll" in s and rng.random() < c.ll_lh:
        s = s.replace("ll", "lh", 1)
        tags.append("ll_as_lh")
    if rng.random() < c.ez_es:
        t = " ".join(w[:-1] + "s" if w.endswith("ez") and len(w) > 4 else w for w in s.split(" "))
        if t != s:
            s = t
            tags.append("ez_as_es")
    return s


def spell(s: str, c: Clerk, rng: random.Random, tags: list) -> str:
    if not s:
        return s
    if c.pt:
        s = pt_ear(s, c, rng, tags)
    elif c.hyper and rng.random() < c.hyper:
        w = s.split(" ")
        for k, x in enumerate(w):
            h = HYPER.get(x)
            if h:
                w[k] = h
                tags.append("accent_added")
                break
        s = " ".join(w)
    if rng.random() < c.phon:
        t = phonetic(s, rng)
        if t != s:
            s = t
            tags.append("phonetic")
    if rng.random() < c.typo:
        t = typo(s, rng)
        if t != s:
            s = t
            tags.append("typo")
    case = c.case
    if case == "U":
        s = s.upper()
    elif case == "L":
        s = s.lower()
    if NONASCII.isdisjoint(s):
        return s
    if c.strip:
        t = s.translate(STRIP)
        if t != s:
            s = t
            tags.append("accents_stripped")
    if c.enye != "k" and ("ñ" in s or "Ñ" in s):
        s = s.translate(ENYE[c.enye])
        tags.append("enye_" + c.enye)
    if c.moji and rng.random() < c.moji and not NONASCII.isdisjoint(s):
        s = s.translate(MOJI)
        tags.append("mojibake")
    return s


# ---------------------------------------------------------------------------------------------
# People, families, clans
# ---------------------------------------------------------------------------------------------


class Person:
    __slots__ = (
        "pid", "g1", "g2", "s1", "s2", "sex", "dob", "y", "m", "d", "fuzzy", "city", "cobirth",
        "birthplace", "var", "goes2", "de", "phones", "traps", "nrec", "hid", "clan", "rel",
        "countries", "invented", "wayuu", "father", "flags",
    )  # fmt: skip

    def __init__(self, sex: str, dob: int) -> None:
        self.sex = sex
        self.dob = dob
        self.y, self.m, self.d = ymd(dob)
        self.g1 = self.g2 = self.s1 = self.s2 = ""
        self.fuzzy = False
        self.city = 0
        self.cobirth = ""
        self.birthplace = ""
        self.var = None
        self.goes2 = False
        self.de = ""
        self.phones: list = []
        self.traps: list | None = None
        self.nrec = 0
        self.hid = 0
        self.clan = 0
        self.rel: list | None = None
        self.countries = ""
        self.invented = False
        self.wayuu = False
        self.father = None
        self.flags: list | None = None
        self.pid = ""

    def trap(self, t: str) -> None:
        if self.traps is None:
            self.traps = [t]
        elif t not in self.traps:
            self.traps.append(t)

    def flag(self, t: str) -> None:
        if self.flags is None:
            self.flags = [t]
        elif t not in self.flags:
            self.flags.append(t)

    def relate(self, t: str, other: Person) -> None:
        if self.rel is None:
            self.rel = []
        self.rel.append((t, other))


def cohort(y: int) -> int:
    return 0 if y < 1965 else 1 if y < 1985 else 2 if y < 2005 else 3


def rand_dob(rng: random.Random, y: int) -> int:
    a = _d(y, 1, 1)
    return a + int(rng.random() * (_d(y, 12, 31) - a + 1))


class World:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.given = {}
        for sex, text in (("M", MALE_GIVEN), ("F", FEMALE_GIVEN)):
            rows = _parse_cohort(text)
            self.given[sex] = [Pool((n, w[c]) for n, w in rows) for c in range(4)]
        self.second = {"M": Pool(_parse_weighted(MALE_SECOND)),
                       "F": Pool(_parse_weighted(FEMALE_SECOND))}  # fmt: skip
        self.pref = {k: Pool(_parse_weighted(v.replace("|", "\n")))
                     for k, v in PREFERRED_SECOND.items()}  # fmt: skip
        self.co_given = {
            "M": Pool(_parse_weighted(CO_MALE)),
            "F": Pool(_parse_weighted(CO_FEMALE)),
        }
        self.co_pref = {k: Pool(_parse_weighted(v)) for k, v in CO_SECOND.items()}
        self.variants = _split_variants(VARIANTS)
        self.wayuu_spell = _split_variants(WAYUU_SPELL)
        nat = _parse_weighted(SURNAMES)
        self.sur = {}
        for reg in ("ZUL", "AND", "LAR", "ORI", "LLA", "CEN"):
            w = dict(nat)
            for n, x in _parse_weighted(REGIONAL_SURNAMES[reg]):
                w[n] = w.get(n, 0) + 3 * x
            self.sur[reg] = Pool(w.items())
        self.co_sur = Pool(_parse_weighted(CO_SURNAMES))
        self.wayuu = Pool(_parse_weighted(WAYUU_CLANS))
        self.cities = Pool((i, c[3]) for i, c in enumerate(CITIES))
        self.city_abbr = [tuple(x for x in c[4].split("|") if x) for c in CITIES]
        self.city_alt = [tuple(x for x in c[5].split("|") if x) for c in CITIES]
        self.kids_n = Pool([(0, 22), (1, 25), (2, 25), (3, 15), (4, 8), (5, 5)])
        self.siblings_n = Pool([(1, 25), (2, 33), (3, 26), (4, 12), (5, 4)])
        self.year = Pool([(2017, 14), (2018, 30), (2019, 27), (2020, 8), (2021, 12), (2022, 9)])

    # -- names ------------------------------------------------------------------------------
    def surname(self, reg: str, co: bool = False) -> str:
        return (self.co_sur if co else self.sur[reg]).pick(self.rng)

    def invented_name(self, sex: str, prefix: str | None = None) -> str:
        rng = self.rng
        p = prefix or INV_PREFIX[int(rng.random() * len(INV_PREFIX))]
        suf = INV_MALE if sex == "M" else INV_FEMALE
        s = suf[int(rng.random() * len(suf))]
        if p[-1] in "aeiouy" and s[0] in "aeiou":
            s = s.lstrip("aeiou")
        elif p[-1] == s[0]:
            s = s[1:]
        return p + s

    def name_person(self, p: Person, co: bool = False, prefix: str | None = None) -> None:
        rng = self.rng
        sex = p.sex
        c = cohort(p.y)
        p.var = None
        p.invented = p.goes2 = False
        p.g2 = ""
        if co and p.y < 1985:
            g1 = self.co_given[sex].pick(rng)
            pool = self.co_pref.get(g1)
            if pool is not None and rng.random() < 0.75:
                p.g1, p.g2 = g1, pool.pick(rng)
            elif rng.random() < 0.45:
                p.g1, p.g2 = g1, self.second[sex].pick(rng)
            else:
                p.g1 = g1
            if p.g2 == g1:
                p.g2 = ""
        else:
            inv = c >= 2 and (prefix is not None and rng.random() < 0.65 or rng.random() < 0.05)
            if inv:
                g1 = self.invented_name(sex, prefix)
                p.invented = True
                two = rng.random() < 0.4
            else:
                g1 = self.given[sex][c].pick(rng)
                p2 = 0.92 if g1 in ("María", "José") else (0.66, 0.64, 0.6, 0.52)[c]
                two = rng.random() < p2
            g2 = ""
            if two:
                pool = self.pref.get(g1)
                if pool is None or (inv and sex == "M" and rng.random() < 0.5):
                    pool = self.second[sex]
                for _ in range(3):
                    g2 = pool.pick(rng)
                    if g2 != g1 and not (sex == "F" and g2 == "José" and g1 != "María"):
                        break
                    g2 = ""
            p.g1, p.g2 = g1, g2
        v = self.variants.get(p.g1)
        if v is not None:
            p.var = v
        elif p.invented:
            p.var = self.invented_variants(p.g1)
        if p.g2 and not p.g2.startswith("De") and rng.random() < 0.15:
            p.goes2 = True

    def invented_variants(self, g: str) -> tuple[str, ...] | None:
        out = []
        pairs = (("y", "i"), ("i", "y"), ("ei", "ey"), ("k", "c"), ("Y", "J"), ("s", "z"),
                 ("v", "b"), ("lis", "lys"), ("Jh", "J"), ("dy", "di"), ("th", "t"))  # fmt: skip
        for a, b in pairs:
            i = g.rfind(a)
            if i > 0 or (i == 0 and a[0].isupper()):
                out.append(g[:i] + b + g[i + len(a) :])
        return tuple(out[:4]) if out else None

    def new_person(self, sex: str, y: int, reg: str, city: int, co: bool = False) -> Person:
        p = Person(sex, rand_dob(self.rng, y))
        p.city = city
        if co:
            p.cobirth = CO_BIRTHPLACES.pick(self.rng)
        return p


class Leg:
    __slots__ = ("place", "start", "end", "members", "site_i", "group")

    def __init__(self, place: str, start: int, end: int, site_i: int, group: int) -> None:
        self.place = place
        self.start = start
        self.end = end
        self.members: list[Person] = []
        self.site_i = site_i
        self.group = group


class Household:
    __slots__ = ("hid", "members", "legs", "refs", "selfclerk", "clan", "reg", "head")

    def __init__(self, hid: int, clan: int, reg: str) -> None:
        self.hid = hid
        self.members: list[Person] = []
        self.legs: list[Leg] = []
        self.refs: dict = {}
        self.selfclerk = None
        self.clan = clan
        self.reg = reg
        self.head: Person | None = None


ENTRY = {
    "ZUL": Pool([("PGX", 55), ("CUC", 45)]),
    "AND": Pool([("CUC", 88), ("ARA", 7), ("PGX", 5)]),
    "LLA": Pool([("ARA", 45), ("CUC", 55)]),
    "ORI": Pool([("PAC", 33), ("CUC", 64), ("PGX", 3)]),
    "LAR": Pool([("CUC", 88), ("PGX", 6), ("PAC", 4), ("ARA", 2)]),
    "CEN": Pool([("CUC", 89), ("PGX", 5), ("PAC", 4), ("ARA", 2)]),
    "COL": Pool([("CUC", 60), ("PGX", 25), ("ARA", 15)]),
}
DEST_CUC = {
    2017: Pool([("CO", 45), ("EC", 12), ("PE", 30), ("CL", 13)]),
    2018: Pool([("CO", 45), ("EC", 13), ("PE", 32), ("CL", 10)]),
    2019: Pool([("CO", 52), ("EC", 13), ("PE", 26), ("CL", 9)]),
    2020: Pool([("CO", 70), ("EC", 10), ("PE", 14), ("CL", 6)]),
    2021: Pool([("CO", 55), ("EC", 10), ("PE", 20), ("CL", 15)]),
    2022: Pool([("CO", 55), ("EC", 12), ("PE", 23), ("CL", 10)]),
}
CO_CITY = Pool([("CUC", 25), ("BOG", 36), ("BGA", 10), ("MED", 14), ("CAL", 10), ("BAQ", 5)])
SOUTH = {
    "EC": [("BOG", 1, 40), ("IPI_X", 0, 0), ("TUL_X", 0, 0)],
    "PE": [("BOG", 1, 30), ("IPI_X", 0, 0), ("TUL_X", 0, 0), ("UIO", 1, 7), ("HUA_X", 0, 0),
           ("TUM_X", 0, 0)],
}  # fmt: skip


def route_steps(w: World, region: str, year: int, co_clan: bool) -> list[tuple[str, int, int]]:
    rng = w.rng
    entry = ENTRY["COL" if co_clan else region].pick(rng)
    if entry == "PAC":
        steps = [("PAC_X", 0, 0)]
        if rng.random() < 0.45:
            steps += [("BVB", 20, 400), ("MAO", -1, -1)]
        else:
            steps.append(("BVB", -1, -1))
        return steps
    if entry == "PGX":
        steps = [("PGX_X", 0, 0)]
        r = rng.random()
        if r < 0.42 or co_clan and r < 0.6:
            return steps + [("MAI", -1, -1)]
        if r < 0.85:
            return steps + [("MAI", 1, 30), ("BAQ", -1, -1)]
        dest = "PE" if rng.random() < 0.6 else "EC"
        return steps + [("MAI", 1, 10)] + _south(rng, dest)
    if entry == "ARA":
        steps = [("ARA_X", 0, 0)]
        r = rng.random()
        if r < 0.5:
            return steps + [("ARA", -1, -1)]
        if r < 0.9 or co_clan:
            return steps + [("ARA", 2, 30), ("BOG", -1, -1)]
        return steps + [("ARA", 1, 10)] + _south(rng, "PE")
    steps = [("CUC_X", 0, 0)]
    dest = "CO" if co_clan and rng.random() < 0.85 else DEST_CUC[year].pick(rng)
    walk = rng.random() < (0.35 if year in (2018, 2019) else 0.5 if year in (2020, 2021) else 0.2)
    if dest == "CO":
        city = CO_CITY.pick(rng)
        if city == "CUC":
            return steps + [("CUC", -1, -1)]
        steps.append(("CUC", 1, 8))
        if walk and city in ("BGA", "BOG", "MED", "CAL"):
            steps.append(("PAMP", 4, 14))
        return steps + [(city, -1, -1)]
    steps.append(("CUC", 1, 6))
    if walk:
        steps.append(("PAMP", 4, 14))
    return steps + _south(rng, dest)


def _south(rng: random.Random, dest: str) -> list[tuple[str, int, int]]:
    if dest == "EC":
        return SOUTH["EC"] + [("UIO" if rng.random() < 0.68 else "GYE", -1, -1)]
    steps = list(SOUTH["PE"])
    if dest == "CL":
        return steps + [("LIM", 20, 700), ("CHI_X", 0, 0), ("SCL", -1, -1)]
    return steps + [("LIM", -1, -1)]


def onward(rng: random.Random, place: str, t: int) -> list[tuple[str, int, int]] | None:
    """Secondary moves after settling: on south, or home in 2020 and out again."""
    country = PLACES[place][1]
    r = rng.random()
    if t < _d(2020, 3, 15) and country in ("CO", "EC", "PE") and r < 0.05:
        back = [("RET_X", 0, 0), ("VE", 200, 600)]
        if rng.random() < 0.55:
            back += [("CUC_X", 0, 0), ("CUC", 1, 6)]
            if country == "CO":
                back.append((place if place != "CUC" else "CUC", -1, -1))
            else:
                back += _south(rng, country)
        else:
            back[-1] = ("VE", -1, -1)
        return back
    r = rng.random()
    if country == "CO" and place not in ("ARA",):
        if r < 0.05:
            return SOUTH["EC"][1:] + [("UIO", -1, -1)]
        if r < 0.12:
            return _south(rng, "PE")[1:]
    elif country == "EC" and r < 0.12:
        return [("HUA_X", 0, 0), ("TUM_X", 0, 0), ("LIM", -1, -1)]
    elif place == "LIM" and r < 0.08:
        return [("CHI_X", 0, 0), ("SCL", -1, -1)]
    return None


def build_legs(rng: random.Random, steps: list, t: int, group: int, moves: bool) -> list[Leg]:
    legs: list[Leg] = []
    k = 0
    steps = list(steps)
    n_moves = 0
    while k < len(steps) and t <= END:
        place, lo, hi = steps[k]
        nsites = len(PLACES[place][3]) or 1
        if lo < 0:
            end = END
            if moves and n_moves < 2:
                nxt = onward(rng, place, t)
                if nxt is not None:
                    tm = t + 60 + int(rng.random() * 840)
                    if place == "VE" or PLACES[nxt[0][0]][0] == "x" and nxt[0][0] == "RET_X":
                        tm = max(t + 20, _d(2020, 3, 20) + int(rng.random() * 220))
                    if tm < END - 5:
                        end = tm
                        steps = steps[: k + 1] + nxt
                        n_moves += 1
        else:
            end = t + lo + int(rng.random() * (hi - lo + 1))
        leg = Leg(place, t, min(end, END), int(rng.random() * nsites), group)
        legs.append(leg)
        if end >= END:
            break
        nxt_place = steps[k + 1][0] if k + 1 < len(steps) else None
        if nxt_place is None:
            break
        if PLACES[place][0] == "x" and PLACES[nxt_place][0] == "x":
            t = end  # the two posts of one bridge, the same day
        else:
            t = end + 1 + int(rng.random() * 3)
        k += 1
    return legs


def make_clan(w: World, clan_no: int, next_hid) -> list[Household]:
    """An extended family: grandparents, their adult children and those children's families.

    Only the units that leave are filled in and returned, each as a household with its legs.
    """
    rng = w.rng
    city = w.cities.pick(rng)
    reg = CITIES[city][2]
    co = rng.random() < (0.16 if reg in ("ZUL", "AND", "LLA") else 0.04)
    wayuu = reg == "ZUL" and not co and rng.random() < 0.05
    gy = 1936 + int(rng.random() * 33)
    gf = w.new_person("M", gy, reg, city, co)
    gm = w.new_person("F", gy + int(rng.random() * 10) - 2, reg, city, co)
    for p in (gf, gm):
        w.name_person(p, co=co)
        p.s1, p.s2 = w.surname(reg, co), w.surname(reg, co)
        p.clan = clan_no
    if wayuu:
        gm.s1 = w.wayuu.pick(rng)
        gm.wayuu = True
        gm.s2 = "" if rng.random() < 0.4 else gm.s2
    if co:
        gf.flag("colombian_born")
        gm.flag("colombian_born")
    if gm.y < 1950 and rng.random() < 0.5 or wayuu:
        gm.fuzzy = True
    gf.fuzzy = gf.y < 1950 and rng.random() < 0.3
    if rng.random() < (0.3 if gm.y < 1960 else 0.12):
        gm.de = gf.s1
    # adult children
    n = w.siblings_n.pick(rng)
    lo, hi = gm.y + 17, min(gm.y + 42, 2003)
    if lo > hi:
        lo = hi
    years = sorted(lo + int(rng.random() * (hi - lo + 1)) for _ in range(n))
    kids = []
    named_gf = named_gm = False
    for y in years:
        c = w.new_person("M" if rng.random() < 0.5 else "F", y, reg, city)
        c.clan = clan_no
        if c.sex == "M" and not named_gf and rng.random() < 0.15:
            c.g1, c.g2 = gf.g1, gf.g2
            named_gf = True
            c.relate("father_son_same_name", gf)
            gf.relate("father_son_same_name", c)
        elif c.sex == "F" and not named_gm and rng.random() < 0.08:
            c.g1, c.g2 = gm.g1, gm.g2
            named_gm = True
        else:
            w.name_person(c)
            for _ in range(4):
                if all(q.g1 != c.g1 for q in kids) and c.g1 != gf.g1:
                    break
                w.name_person(c)
        if c.var is None and c.g1 in w.variants:
            c.var = w.variants[c.g1]
        c.s1, c.s2 = gf.s1, gm.s1
        c.father = gf
        if wayuu and rng.random() < 0.3:
            c.s1, c.s2 = gm.s1, gf.s1
            c.wayuu = True
        if wayuu:
            c.wayuu = True
            c.fuzzy = rng.random() < 0.3
        kids.append(c)
    # which units leave, and when
    anchor = int(rng.random() * len(kids))
    leave = [i == anchor or rng.random() < 0.35 for i in range(len(kids))]
    y0 = w.year.pick(rng)
    d0 = rand_dob(rng, y0)
    base_steps = route_steps(w, reg, y0, co)
    elders_with = anchor if rng.random() < 0.22 else -1
    spouses: list[tuple[str, str]] = []
    out: list[Household] = []
    for i, c in enumerate(kids):
        age = 2019 - c.y
        partner = None
        p_partner = 0.85 if age >= 28 else 0.6 if age >= 22 else 0.3 if age >= 18 else 0.0
        if rng.random() < p_partner:
            py = c.y + (int(rng.random() * 9) - 2) * (1 if c.sex == "M" else -1)
            pcity = city if rng.random() < 0.7 else w.cities.pick(rng)
            partner = w.new_person("F" if c.sex == "M" else "M", py, reg, pcity)
            pco = (not co) and rng.random() < 0.05
            w.name_person(partner, co=pco)
            if pco:
                partner.cobirth = CO_BIRTHPLACES.pick(rng)
                partner.flag("colombian_born")
            if spouses and rng.random() < 0.2:
                # two siblings marry two siblings: the cousins carry the same two surnames
                partner.s1, partner.s2 = spouses[int(rng.random() * len(spouses))]
            else:
                partner.s1, partner.s2 = w.surname(reg, pco), w.surname(reg, pco)
            spouses.append((partner.s1, partner.s2))
            partner.clan = clan_no
        if not leave[i]:
            continue
        hh = Household(next_hid(), clan_no, reg)
        mother = c if c.sex == "F" else partner
        father = c if c.sex == "M" else partner
        married = partner is not None and rng.random() < (0.6 if c.y < 1980 else 0.35)
        if married and mother is not None and father is not None:
            if rng.random() < (0.25 if mother.y < 1975 else 0.06):
                mother.de = father.s1
        hh.members.append(c)
        if partner is not None:
            hh.members.append(partner)
        # children of this unit
        kids_here: list[Person] = []
        if mother is not None:
            nk = w.kids_n.pick(rng)
            if partner is None and rng.random() < 0.4:
                nk = max(nk, 1)  # single mothers
        else:
            nk = 1 if rng.random() < 0.08 else 0
        if nk:
            lo = (mother.y if mother else c.y) + 16
            hi = min(lo + 26, 2017)
            if lo <= hi:
                ys = sorted(lo + int(rng.random() * (hi - lo + 1)) for _ in range(nk))
                kids_here = make_children(w, hh, c, partner, mother, father, ys, gf, clan_no)
        hh.members.extend(kids_here)
        if i == elders_with:
            hh.members.append(gm)
            if rng.random() < 0.5:
                hh.members.append(gf)
        # unmarried younger siblings sometimes travel with this unit
        for j, s in enumerate(kids):
            if j != i and leave[j] is False and s.y >= 1994 and rng.random() < 0.12:
                hh.members.append(s)
                leave[j] = None  # now taken
        hh.head = c if c.sex == "M" or partner is None else partner
        if i == anchor:
            steps, t0 = base_steps, d0
        else:
            t0 = d0 + int(rng.random() * 900) - 200
            t0 = max(START, min(t0, END - 30))
            steps = base_steps if rng.random() < 0.55 else route_steps(w, reg, year_of(t0), co)
        plan_journey(w, hh, steps, t0, father, mother)
        out.append(hh)
    return out


def make_children(w: World, hh: Household, c: Person, partner: Person | None,
                  mother: Person | None, father: Person | None, ys: list[int], gf: Person,
                  clan_no: int) -> list[Person]:  # fmt: skip
    rng = w.rng
    reg = hh.reg
    out: list[Person] = []
    absent = [w.surname(reg)]
    unrecognised = father is None and rng.random() < 0.12
    if father is None and rng.random() < 0.3:
        absent.append(w.surname(reg))
    prefix = None
    if mother is not None and mother.y >= 1965 and rng.random() < 0.16:
        prefix = INV_PREFIX[int(rng.random() * len(INV_PREFIX))]
    named_father = named_gf = False
    prev = None
    for k, y in enumerate(ys):
        twin = prev is not None and rng.random() < 0.012
        if twin:
            p = Person("M" if rng.random() < 0.5 else "F", prev.dob)
            p.city = c.city
        else:
            p = w.new_person("M" if rng.random() < 0.51 else "F", y, reg, c.city)
        p.clan = clan_no
        fs = father.s1 if father is not None else absent[min(k * len(absent) // len(ys),
                                                               len(absent) - 1)]  # fmt: skip
        ms = mother.s1 if mother is not None else c.s1
        if unrecognised and mother is not None:
            p.s1, p.s2 = mother.s1, mother.s2
            p.flag("mother_surnames_only")
        else:
            p.s1, p.s2 = fs, ms
        if mother is not None and mother.wayuu and rng.random() < 0.3:
            p.s1, p.s2 = mother.s1, fs
        p.wayuu = mother is not None and mother.wayuu
        p.fuzzy = p.wayuu and rng.random() < 0.25
        if (p.sex == "M" and father is not None and not named_father
                and all(q.g1 != father.g1 for q in out) and rng.random() < 0.1):  # fmt: skip
            p.g1, p.g2 = father.g1, father.g2
            p.var = father.var
            named_father = True
            p.relate("father_son_same_name", father)
            father.relate("father_son_same_name", p)
        elif (p.sex == "M" and father is c and not named_gf and gf.g1 != c.g1
              and all(q.g1 != gf.g1 for q in out) and rng.random() < 0.3):  # fmt: skip
            p.g1, p.g2 = gf.g1, gf.g2
            p.var = gf.var
            named_gf = True
            p.relate("grandson_same_name", gf)
            gf.relate("grandson_same_name", p)
        elif twin and rng.random() < 0.35 and prev.g2 and p.sex == prev.sex:
            p.g1 = prev.g1
            w.name_person(p)
            p.g1 = prev.g1
            p.var = prev.var
            p.invented = prev.invented
            for _ in range(6):
                if p.g2 and p.g2 != prev.g2 and p.g2 != p.g1:
                    break
                p.g2 = w.second[p.sex].pick(rng)
        else:
            w.name_person(p, prefix=prefix)
            for _ in range(4):  # parents do not give two living children the same name
                if all(q.g1 != p.g1 or q.g2 != p.g2 for q in out) and (
                    father is None or p.g1 != father.g1
                ):
                    break
                w.name_person(p, prefix=prefix)
        if twin:
            p.relate("twin", prev)
            prev.relate("twin", p)
        if p.invented and prefix:
            for q in out:
                if q.invented:
                    p.relate("siblings_alike_names", q)
                    q.relate("siblings_alike_names", p)
        if father is None and len(absent) > 1:
            for q in out:
                if q.s1 != p.s1:
                    p.relate("half_siblings", q)
                    q.relate("half_siblings", p)
        p.father = father
        out.append(p)
        prev = p
    return out


VE_PFX = ("412", "414", "416", "424", "426")
CO_PFX = ("300", "301", "302", "304", "305", "310", "311", "312", "313", "314", "315", "316",
          "317", "318", "319", "320", "321", "322", "323", "350", "351")  # fmt: skip


def new_number(rng: random.Random, cc: str, area: str = "") -> tuple[str, str]:
    r = rng.randrange
    if cc == "VE":
        return cc, VE_PFX[r(5)] + f"{r(10**7):07d}"
    if cc == "CO":
        return cc, CO_PFX[r(len(CO_PFX))] + f"{r(10**7):07d}"
    if cc == "EC":
        return cc, "9" + str(6 + r(4)) + f"{r(10**7):07d}"
    if cc == "BR":
        return cc, (area or "95") + "9" + f"{r(10**8):08d}"
    return cc, "9" + f"{r(10**8):08d}"  # PE, CL


def plan_journey(w: World, hh: Household, steps: list, t0: int, father: Person | None,
                 mother: Person | None) -> None:  # fmt: skip
    rng = w.rng
    members = hh.members
    ahead = (father is not None and mother is not None and len(members) > 2
             and rng.random() < 0.22)  # fmt: skip
    if ahead:
        t_fam = t0 + 60 + int(rng.random() * 480)
        flegs = build_legs(rng, steps, t0, 1, False)
        for leg in flegs:
            leg.members = [father]
        legs = build_legs(rng, steps, t_fam, 0, True) if t_fam < END - 10 else []
        rest = [m for m in members if m is not father]
        for leg in legs:
            leg.members = list(rest)
        if legs:
            last = flegs[-1]
            for k, leg in enumerate(legs):
                if leg.place == last.place and leg.start >= last.start:
                    last.end = max(last.start, min(last.end, leg.start - 1))
                    for lg in legs[k:]:
                        lg.members.append(father)
                    break
        father.flag("ahead_of_family")
        hh.legs = flegs + legs
    else:
        legs = build_legs(rng, steps, t0, 0, True)
        for leg in legs:
            leg.members = list(members)
        hh.legs = legs
    # a baby born on the way, or soon after arriving
    if mother is not None and 1978 <= mother.y <= 2003 and hh.legs and rng.random() < 0.12:
        fam_legs = [lg for lg in hh.legs if mother in lg.members]
        if fam_legs:
            tb = fam_legs[0].start + 60 + int(rng.random() * 940)
            where = next((lg for lg in fam_legs if lg.start <= tb <= lg.end), None)
            if where is not None and tb <= END - 5 and where.place != "VE":
                b = Person("M" if rng.random() < 0.51 else "F", tb)
                b.city = mother.city
                b.clan = hh.clan
                w.name_person(b)
                b.s1 = father.s1 if father is not None else w.surname(hh.reg)
                b.s2 = mother.s1
                b.father = father
                b.birthplace = PLACES[where.place][2]
                b.flag("born_en_route")
                members.append(b)
                for lg in fam_legs:
                    if lg.end >= tb:
                        lg.members.append(b)
    # phones: a Venezuelan line, then local SIMs as people cross borders
    for p in members:
        p.hid = hh.hid
        p.clan = hh.clan
        age = 2019 - p.y
        has = (0.86 if age >= 20 else 0.5 if age >= 15 else 0.0) * (0.7 if age >= 65 else 1.0)
        if rng.random() >= has:
            continue
        p.phones.append((START - 1,) + new_number(rng, "VE"))
        seen = ["VE"]
        for lg in hh.legs:
            if p not in lg.members:
                continue
            cc = PLACES[lg.place][1]
            if cc not in seen:
                seen.append(cc)
                if cc != "VE" and rng.random() < 0.65:
                    p.phones.append((lg.start + int(rng.random() * 45),)
                                    + new_number(rng, cc, PLACES[lg.place][4]))  # fmt: skip
        if len(p.phones) > 1:
            p.phones.sort()


# ---------------------------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------------------------


def fmt_phone(cc: str, n: str, st: int) -> str:
    if cc == "VE":
        return ("+58" + n, "0" + n, "0" + n[:3] + "-" + n[3:], "0" + n[:3] + " " + n[3:],
                "+58 " + n[:3] + " " + n[3:], "58" + n, n)[st]  # fmt: skip
    if cc == "CO":
        return (n, "+57" + n, "+57 " + n[:3] + " " + n[3:], n[:3] + " " + n[3:6] + " " + n[6:],
                "57" + n)[st]  # fmt: skip
    if cc == "PE":
        sp = n[:3] + " " + n[3:6] + " " + n[6:]
        return (n, "+51" + n, "+51 " + sp, sp)[st]
    if cc == "EC":
        return ("0" + n, "+593" + n, "+593 " + n[:2] + " " + n[2:5] + " " + n[5:], n)[st]
    if cc == "BR":
        return ("(" + n[:2] + ") " + n[2:7] + "-" + n[7:], n, "+55" + n,
                "+55 " + n[:2] + " " + n[2:7] + "-" + n[7:], n[2:7] + "-" + n[7:])[st]  # fmt: skip
    return ("+56 " + n[0] + " " + n[1:5] + " " + n[5:], n, "+56" + n)[st]


def phone_at(p: Person, t: int) -> tuple | None:
    cur = None
    for ph in p.phones:
        if ph[0] <= t:
            cur = ph
        else:
            break
    return cur


def digit_slip(s: str, rng: random.Random) -> str:
    idx = [i for i, ch in enumerate(s) if ch.isdigit()]
    if len(idx) < 6:
        return s
    k = idx[len(idx) // 2 + int(rng.random() * (len(idx) // 2 - 1))]
    if rng.random() < 0.5 and k + 1 < len(s) and s[k + 1].isdigit():
        return s[:k] + s[k + 1] + s[k] + s[k + 2 :]
    return s[:k] + str((int(s[k]) + 1 + int(rng.random() * 8)) % 10) + s[k + 1 :]


# ---------------------------------------------------------------------------------------------
# The registry: events along the journeys, and what each clerk writes
# ---------------------------------------------------------------------------------------------

REF_FMT = {
    "MIGCOL": "GF{n:07d}", "RAMV": "RAMV-{n:07d}", "ETPV": "RUMV{n:09d}", "MIGEC": "EC-{n:07d}",
    "MIGPE": "EXP-{y}-{n:06d}", "ACOLHIDA": "ACO-{n:07d}", "UNHCR": "{iso}-{yy}C{n:05d}",
    "IOM": "OIM-{n:06d}", "WFP": "{cc}-WFP-{n:07d}", "DIVINA": "F-{n:04d}", "CASAMIG": "CM{n:05d}",
    "COMEDOR": "{n}", "PASTORAL": "FAM {n:04d}", "CRUZROJA": "CR{n:06d}",
}  # fmt: skip
ASCII_SITE = str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU")


class Registry:
    def __init__(self, world: World, explain: bool, k: float) -> None:
        self.w = world
        self.rng = world.rng
        self.explain = explain
        self.K = k
        self.desks: dict[tuple[str, str], list[Clerk]] = {}
        self.records: list[tuple] = []
        self.owner: list[Person] = []
        self.why: list[tuple] = []
        self.persons: list[Person] = []
        self.refn: dict[str, int] = {}

    # -- the journey ------------------------------------------------------------------------
    def run_household(self, hh: Household) -> int:
        before = len(self.persons)
        for k, leg in enumerate(hh.legs):
            self.run_leg(hh, leg, k)
        return len(self.persons) - before

    def run_leg(self, hh: Household, leg: Leg, k: int) -> None:
        kind, cc, _city, sites, _area = PLACES[leg.place]
        if not sites:
            return
        rng = self.rng
        K = self.K
        site = sites[leg.site_i]
        if kind == "x":
            for ag, pv, _rate, win, rule in DESKS[leg.place]:
                pr = pv * K * window_mult(win, leg.start)
                if pr > 0 and rng.random() < pr:
                    self.event(hh, leg, k, ag, site, cc, leg.start, rule)
            return
        dur = leg.end - leg.start + 1
        for ag, pv, rate, win, rule in DESKS[leg.place]:
            if pv and rng.random() < pv * K:
                t = leg.start + int(rng.random() * min(dur, 10))
                if rng.random() < window_mult(win, t):
                    self.event(hh, leg, k, ag, site, cc, t, rule)
            if rate:
                lam = rate * K / 365.0
                t = leg.start + rng.expovariate(lam)
                while t <= leg.end:
                    ti = int(t)
                    if rng.random() < window_mult(win, ti):
                        self.event(hh, leg, k, ag, site, cc, ti, rule)
                    t += rng.expovariate(lam)
        for ag, pp, win, label in PROGRAMS[cc]:
            ov = window_overlap(win, leg.start, leg.end)
            if ov is None:
                continue
            a, b = ov
            if rng.random() < pp * K * min(1.0, (b - a + 1) / 45.0):
                t = a + int(rng.random() * (b - a + 1))
                if ag == "ETPV":
                    s = "RUMV-" + PLACES[leg.place][2].translate(ASCII_SITE)
                else:
                    s = label or site
                self.event(hh, leg, k, ag, s, cc, t, "all")

    def clerk_for(self, hh: Household, agency: str, site: str, cc: str) -> Clerk:
        rng = self.rng
        if agency == "ETPV":
            if hh.selfclerk is None:
                hh.selfclerk = Clerk(rng, AGENCIES["ETPV"], cc, "ETPV@online#self")
            return hh.selfclerk
        key = (agency, site)
        cl = self.desks.get(key)
        if cl is None:
            n = 2 + int(rng.random() * 5)
            cl = [Clerk(rng, AGENCIES[agency], cc, f"{agency}@{site}#{i + 1}") for i in range(n)]
            if AGENCIES[agency]["shelter_phone"]:
                tel = fmt_phone(*new_number(rng, cc if cc in ("CO", "EC", "PE", "BR") else "CO"),
                                0)  # fmt: skip
                for c in cl:
                    c.shelter_no = tel
            self.desks[key] = cl
        return cl[int(rng.random() * len(cl))]

    def event(self, hh: Household, leg: Leg, k: int, agency: str, site: str, cc: str, t: int,
              rule: str) -> None:  # fmt: skip
        rng = self.rng
        present = [m for m in leg.members if m.dob <= t]
        if not present:
            return
        head = hh.head if hh.head in present else present[0]
        rk = RULES[rule].pick(rng)
        if rk == "all":
            parts = [head] + [m for m in present if m is not head and rng.random() < 0.96]
        elif rk == "head":
            parts = [head]
        else:
            parts = [present[int(rng.random() * len(present))]]
        c = self.clerk_for(hh, agency, site, cc)
        key = (agency, leg.group)
        ref = hh.refs.get(key)
        if ref is None or rng.random() > c.href_reuse:
            n = self.refn.get(agency, 0) + 1 + int(rng.random() * 3)
            self.refn[agency] = n
            y = year_of(t)
            ref = REF_FMT[agency].format(n=n, y=y, yy=y % 100, iso=ISO3[cc], cc=cc)
            hh.refs[key] = ref
        if rng.random() < c.href_miss or rk == "one" and rng.random() < 0.7:
            ref = ""
        minute = c.h0 * 60 + int(rng.random() * (c.h1 - c.h0) * 60)
        for p in parts:
            minute = min(minute + 1 + int(rng.random() * 6), 1439)
            self.record(p, c, t, minute, ref, head, hh, leg, k, cc, site)
            if rng.random() < 0.004:
                minute2 = min(minute + 5 + int(rng.random() * 120), 1439)
                self.record(p, c, t, minute2, ref, head, hh, leg, k, cc, site, "same_day_double")

    # -- one record -------------------------------------------------------------------------
    def record(self, p: Person, c: Clerk, t: int, minute: int, ref: str, head: Person,
               hh: Household, leg: Leg, k: int, cc: str, site: str,
               extra: str = "") -> None:  # fmt: skip
        rng = self.rng
        tags: list[str] = []
        if extra:
            tags.append(extra)
        given, family = self.render_name(p, c, tags)
        sex = p.sex
        r = rng.random()
        if r < c.sexmiss:
            sex = ""
            tags.append("sex_missing")
        elif r < c.sexmiss + c.sexwrong:
            sex = "F" if sex == "M" else "M"
            tags.append("sex_wrong")
        patr = ""
        if c.filiation and p.father is not None and rng.random() < 0.8:
            f = p.father
            patr = spell(f.g1 + (" " + f.g2 if f.g2 else "") + " " + f.s1, c, rng, [])
            tags.append("father_name_in_patronymic")
        bd = self.render_dob(p, c, t, tags)
        origin = self.render_origin(p, c, tags, hh, leg, k)
        phone = self.render_phone(p, head, c, t, tags)
        regat = f"{iso(t)}T{minute // 60:02d}:{minute % 60:02d}"
        self.records.append((given, family, patr, sex, bd, origin, phone, ref, regat, site))
        self.owner.append(p)
        if p.nrec == 0:
            self.persons.append(p)
        p.nrec += 1
        if cc not in p.countries:
            p.countries += cc + " "
        if self.explain:
            self.why.append((hh.hid, c.name, ";".join(dict.fromkeys(tags))))

    def render_name(self, p: Person, c: Clerk, tags: list) -> tuple[str, str]:
        rng = self.rng
        g1, g2 = p.g1, p.g2
        if p.var is not None and rng.random() < c.variant:
            g1 = p.var[int(rng.random() * len(p.var))]
            tags.append("name_variant")
        if g2:
            if p.goes2 and rng.random() < c.nick:
                g1, g2 = g2, ""
                tags.append("goes_by_second_given")
            elif rng.random() < c.gorder and not g2.startswith("De"):
                g1, g2 = g2, g1
                tags.append("given_order_swapped")
            elif rng.random() < c.drop_g2:
                g2 = ""
                tags.append("second_given_dropped")
        s1, s2 = p.s1, p.s2
        if p.wayuu:
            ws = self.w.wayuu_spell
            if s1 in ws and rng.random() < 0.35:
                s1 = ws[s1][int(rng.random() * len(ws[s1]))]
                tags.append("clan_name_spelling")
            if s2 in ws and rng.random() < 0.35:
                s2 = ws[s2][int(rng.random() * len(ws[s2]))]
                tags.append("clan_name_spelling")
        de = False
        if p.de and rng.random() < 0.5:
            s2 = "de " + p.de
            de = True
            tags.append("married_de")
        if s2:
            r = rng.random()
            if r < c.last_only and not de:
                s1, s2 = s2, ""
                tags.append("last_surname_only")
            elif r < c.last_only + c.rev and not de:
                s1, s2 = s2, s1
                tags.append("surnames_reversed")
            elif rng.random() < c.drop_s2:
                if s1 in PARTICLE_FORMS and rng.random() < c.psplit:
                    s1 = s1.split(" ")[0]
                    tags.append("particle_split")
                s2 = ""
                tags.append("second_surname_dropped")
        pk = c.partk
        if pk != "keep":
            j = 0 if pk == "lower" else 1 if pk == "join" else 2
            f = PARTICLE_FORMS.get(s1)
            if f is not None:
                s1 = f[j]
                tags.append("particle_" + pk)
            f = PARTICLE_FORMS.get(s2)
            if f is not None:
                s2 = f[j]
                tags.append("particle_" + pk)
        gs = g1 + " " + g2 if g2 else g1
        if p.rel is not None and rng.random() < 0.05:
            for t, q in p.rel:
                if t == "father_son_same_name" and q.y < p.y:
                    gs += " Jr" if rng.random() < 0.6 else " Hijo"
                    tags.append("junior_suffix")
                    break
        ss = s1 + " " + s2 if s2 else s1
        r = rng.random()
        if r < c.one:
            if rng.random() < c.one_sf:
                full = ss + " " + gs
                tags.append("surname_first_in_one_field")
            else:
                full = gs + " " + ss
                tags.append("given_first_in_one_field")
            full = spell(full, c, rng, tags)
            if rng.random() < c.one_given_field:
                tags.append("family_name_empty")
                return full, ""
            tags.append("given_name_empty")
            return "", full
        r -= c.one
        if r < c.swap:
            given, family = ss, gs
            tags.append("given_family_swapped")
        elif g2 and r < c.swap + c.g2f:
            given, family = g1, g2 + " " + ss
            tags.append("second_given_in_family")
        elif not g2 and s2 and r < c.swap + c.g2f + c.split:
            given, family = g1 + " " + s1, s2
            tags.append("first_surname_in_given")
        else:
            given, family = gs, ss
        return spell(given, c, rng, tags), spell(family, c, rng, tags)

    def render_dob(self, p: Person, c: Clerk, t: int, tags: list) -> str:
        rng = self.rng
        y, m, d = p.y, p.m, p.d
        r = rng.random()
        if r < c.dmiss:
            tags.append("birth_missing")
            return ""
        r -= c.dmiss
        if r < c.age:
            tags.append("age_only")
            ry, rm, rd = ymd(t)
            age = ry - y - ((rm, rd) < (m, d))
            if age >= 50 and rng.random() < 0.3:
                age += 1 if rng.random() < 0.5 else -1
            if age < 0:
                age = 0
            by = ry - age
            r2 = rng.random()
            if r2 < 0.55:
                return str(by)
            if r2 < 0.85:
                return f"{by}-01-01"
            if rm == 2 and rd == 29:
                rd = 28
            return f"{by}-{rm:02d}-{rd:02d}"
        r -= c.age
        if p.fuzzy:
            tags.append("birth_date_unknown")
            return str(y) if rng.random() < 0.4 else f"{y}-01-01"
        if r < c.yonly:
            tags.append("year_only")
            return str(y)
        r -= c.yonly
        if r < c.jan1 and (m, d) != (1, 1):
            tags.append("jan1_default")
            return f"{y}-01-01"
        if d <= 12 and d != m and c.dm and rng.random() < c.dm:
            m, d = d, m
            tags.append("dm_swap")
        if c.twodig and y < 1950 and rng.random() < c.twodig * 20:
            y += 100
            tags.append("two_digit_year")
        elif rng.random() < c.ytypo:
            y2 = y + (1 if rng.random() < 0.5 else -1)
            if rng.random() < 0.4:
                s = str(y)
                y2 = int(s[:2] + s[3] + s[2])
            if 1920 <= y2 <= 2022 and y2 != y and not (m == 2 and d == 29):
                y = y2
                tags.append("birth_year_typo")
        return f"{y}-{m:02d}-{d:02d}"

    def render_origin(self, p: Person, c: Clerk, tags: list, hh: Household, leg: Leg,
                      k: int) -> str:  # fmt: skip
        rng = self.rng
        w = self.w
        st = c.origin.pick(rng)
        if st == "miss":
            tags.append("origin_missing")
            return ""
        i = p.city
        city, state = CITIES[i][0], CITIES[i][1]
        if p.birthplace and rng.random() < 0.5:
            s = p.birthplace
            tags.append("origin_birthplace_abroad")
        elif p.cobirth and rng.random() < 0.4:
            s = p.cobirth
            tags.append("origin_colombian_birthplace")
        elif st == "city":
            s = city
        elif st == "cs":
            s = (f"{city}, {state}", f"{city} - {state}", f"{city} ({state})",
                 f"{city}, Edo. {state}")[c.cs_style]  # fmt: skip
            tags.append("origin_city_state")
        elif st == "state":
            if state in STATE_ABBR:
                s = STATE_ABBR[state][c.state_style % len(STATE_ABBR[state])]
            else:
                s = (state, "Edo. " + state, "Estado " + state, "Edo " + state)[c.state_style]
            tags.append("origin_state")
        elif st == "abbr":
            ab = w.city_abbr[i]
            s = ab[int(rng.random() * len(ab))] if ab else city
            if ab:
                tags.append("origin_abbreviated")
        elif st == "alt":
            al = w.city_alt[i]
            s = al[int(rng.random() * len(al))] if al else city
            if al:
                tags.append("origin_other_name")
        elif st == "country":
            s = "Venezuela" if c.pt else COUNTRY_FORMS.pick(rng)
            tags.append("origin_country_only")
        else:  # last residence instead of origin
            s = city
            for lg in reversed(hh.legs[:k]):
                if (lg.end - lg.start > 45 and PLACES[lg.place][0] == "s" and lg.place != leg.place
                        and p in lg.members and PLACES[lg.place][2]):  # fmt: skip
                    s = PLACES[lg.place][2]
                    tags.append("origin_last_residence")
                    break
        tmp: list[str] = []
        s = spell(s, c, rng, tmp)
        if "typo" in tmp or "phonetic" in tmp:
            tags.append("origin_misspelt")
        return s

    def render_phone(self, p: Person, head: Person, c: Clerk, t: int, tags: list) -> str:
        rng = self.rng
        if rng.random() < c.phone_miss:
            tags.append("phone_missing")
            return ""
        if c.shelter_no and rng.random() < c.shelter_phone:
            tags.append("phone_shelter")
            return c.shelter_no
        own = phone_at(p, t) if p.phones else None
        ph = own
        if p is not head and (own is None or rng.random() < 0.12):
            hp = phone_at(head, t) if head.phones else None
            if hp is not None and (own is not None or rng.random() < c.dep_phone):
                ph = hp
                tags.append("phone_shared")
        if ph is None:
            tags.append("phone_missing")
            return ""
        if ph is own and ph[1] != "VE" and rng.random() < c.old_phone:
            ph = p.phones[0]
            tags.append("phone_old_number")
        cc, num = ph[1], ph[2]
        s = fmt_phone(cc, num, c.pstyle[cc])
        if rng.random() < 0.006:
            s = digit_slip(s, rng)
            tags.append("phone_typo")
        return s


# ---------------------------------------------------------------------------------------------
# Traps found after the fact, and output
# ---------------------------------------------------------------------------------------------


def mark_traps(persons: list[Person]) -> None:
    full: dict[tuple, int] = {}
    full_year: dict[tuple, int] = {}
    full_dob: dict[tuple, int] = {}
    one_year: dict[tuple, int] = {}
    fam: dict[tuple, int] = {}
    cousins: dict[tuple, list] = {}
    for p in persons:
        k = (p.g1, p.g2, p.s1, p.s2)
        full[k] = full.get(k, 0) + 1
        ky = (p.g1, p.g2, p.s1, p.s2, p.y)
        full_year[ky] = full_year.get(ky, 0) + 1
        kd = (p.g1, p.s1, p.s2, p.dob)
        full_dob[kd] = full_dob.get(kd, 0) + 1
        k1 = (p.g1, p.s1, p.y)
        one_year[k1] = one_year.get(k1, 0) + 1
        kf = (p.clan, p.g1, p.g2, p.s1, p.s2)
        fam[kf] = fam.get(kf, 0) + 1
        cousins.setdefault((p.clan, p.g1, p.s1), []).append(p)
    for p in persons:
        if fam[(p.clan, p.g1, p.g2, p.s1, p.s2)] > 1:
            p.trap("namesake_same_family")
        elif full[(p.g1, p.g2, p.s1, p.s2)] > 1:
            p.trap("namesake_same_name")
        if full_year[(p.g1, p.g2, p.s1, p.s2, p.y)] > 1:
            p.trap("namesake_same_year")
        if full_dob[(p.g1, p.s1, p.s2, p.dob)] > 1:
            p.trap("namesake_same_dob")
        if one_year[(p.g1, p.s1, p.y)] > 1 and full_year[(p.g1, p.g2, p.s1, p.s2, p.y)] == 1:
            p.trap("namesake_one_surname_same_year")
        grp = cousins[(p.clan, p.g1, p.s1)]
        if len(grp) > 1:
            for q in grp:
                if q is not p and q.hid != p.hid and abs(q.y - p.y) < 16 and q.s2 != p.s2:
                    p.trap("cousins_same_name")
                    break
        if p.rel:
            for t, q in p.rel:
                if q.nrec:
                    p.trap(t)
        if p.flags:
            for t in p.flags:
                p.trap(t)
        if p.de:
            p.trap("married_uses_de")
        if " " in p.s1 or " " in p.s2:
            p.trap("particle_surname")
        if p.wayuu:
            p.trap("wayuu")
        if p.countries.count(" ") > 1:
            p.trap("several_countries")
        if p.g2 and p.goes2:
            p.trap("goes_by_second_name")
        if p.invented:
            p.trap("invented_name")


K_DEFAULT = 0.178


def generate(n_people: int, seed: int, out: str, explain: bool, k: float = K_DEFAULT) -> str:
    t0 = time.perf_counter()
    rng = random.Random(seed)
    world = World(rng)
    reg = Registry(world, explain, k)
    count = 0
    clan_no = 0
    hid = [0]

    def next_hid() -> int:
        hid[0] += 1
        return hid[0]

    while count < n_people:
        clan_no += 1
        for hh in make_clan(world, clan_no, next_hid):
            count += reg.run_household(hh)
    # the last clan may overshoot: drop its surplus people and their records
    if len(reg.persons) > n_people:
        for p in reg.persons[n_people:]:
            p.nrec = 0
        drop = set(map(id, reg.persons[n_people:]))
        del reg.persons[n_people:]
        keep = [i for i, p in enumerate(reg.owner) if id(p) not in drop]
        reg.records = [reg.records[i] for i in keep]
        reg.owner = [reg.owner[i] for i in keep]
        if explain:
            reg.why = [reg.why[i] for i in keep]
    order_p = list(range(len(reg.persons)))
    rng.shuffle(order_p)
    for j, i in enumerate(order_p):
        reg.persons[i].pid = f"P{j + 1:07d}"
    mark_traps(reg.persons)

    n = len(reg.records)
    order = list(range(n))
    rng.shuffle(order)
    os.makedirs(out, exist_ok=True)
    header = ["record_id", "given_name", "family_name", "patronymic", "sex", "birth_date",
              "origin", "phone", "household_ref", "registered_at", "site"]  # fmt: skip
    owner = reg.owner
    recs = reg.records
    with (
        open(os.path.join(out, "records.csv"), "w", newline="", encoding="utf-8") as fr,
        open(os.path.join(out, "truth.csv"), "w", newline="", encoding="utf-8") as ft,
    ):
        wr = csv.writer(fr)
        wt = csv.writer(ft)
        wr.writerow(header)
        wt.writerow(["record_id", "person_id"])
        for j, i in enumerate(order):
            rid = f"R{j + 1:07d}"
            wr.writerow((rid, *recs[i]))
            wt.writerow((rid, owner[i].pid))
    if explain:
        with open(os.path.join(out, "why.csv"), "w", newline="", encoding="utf-8") as fw:
            ww = csv.writer(fw)
            ww.writerow(["record_id", "person_id", "household_id", "desk", "tags", "traps"])
            for j, i in enumerate(order):
                p = owner[i]
                hh_id, desk, tags = reg.why[i]
                ww.writerow((f"R{j + 1:07d}", p.pid, f"H{hh_id:07d}", desk, tags,
                             ";".join(p.traps or ())))  # fmt: skip
    multi = sum(1 for p in reg.persons if p.nrec > 1)
    secs = time.perf_counter() - t0
    return (
        f"ninth_hands: people={len(reg.persons)} records={n} "
        f"registered_2plus={multi / max(1, len(reg.persons)):.1%} seconds={secs:.1f} out={out}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=91)
    ap.add_argument("--out", required=True)
    ap.add_argument("--explain", action="store_true", help="also write why.csv")
    a = ap.parse_args()
    print(generate(a.people, a.seed, a.out, a.explain))


if __name__ == "__main__":
    main()
