"""Word lists for reading names and titles: honorifics, ranks, title words and words that are never names."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


HONORIFICS = _words(
    "dame dr excellency h.e h.h he hh her highness his hon honorable honourable madam mp mr mrs ms prince "
    "princess prof rep royal rt sen senator sheikh shri shrimati sir smt sri "
    "datuk dato seri tun "  # Malaysian and Bruneian honorifics ("Dato' Seri X")
)

# Letters after a name that are honours or professional ranks, not part of it ("Judith Collins KC MP").
POSTNOMINALS = _words(
    "MP MLA MEP KC QC SC OBE CBE KBE MBE AO AC DSO PVSM AVSM UYSM YSM VSM ADC "
    "NM SM VM VrC SYSM "  # Indian service medals after an officer's name ("Rear Admiral X, NM, ...")
)

RANKS = _words(
    "adm admiral air army brig brigadier capt captain cdr cmdr col colonel commander commodore field gen "
    "general lieutenant lieut lt maj major marshal rear sergeant sgt squadron vice wing "
    "vice-marshal vice-admiral rear-admiral major-general lieutenant-general lieutenant-colonel "
    "brigadier-general lt-gen maj-gen lt-col "
    "admiral-in-chief general-in-chief "  # Venezuela's top ranks ("Admiral-in-Chief X")
    "pilot "  # a Gulf rank's qualifier: "Lieutenant General (Pilot) X"
)

MILITARY = _words(
    "adm admiral brig brigadier capt captain cdr cmdr col colonel commander commodore gen general marshal "
    "lieut "
    "vice-marshal vice-admiral rear-admiral major-general lieutenant-general lieutenant-colonel "
    "brigadier-general lt-gen maj-gen lt-col admiral-in-chief general-in-chief "
)

TITLE_WORDS = _words(
    "acting adviser advisor affairs ambassador armed assistant cabinet chair chairman chancellor chief "
    "colleague commanding commissioner counterpart crown defence defense deputy director envoy executive "
    "external "
    "federal "
    "flag forces foreign general governor head high home international joint king leader logistics mantri "
    "minister minister- ministers national naval navy officer pentagon permanent policy premier president "
    "press prime principal queen raksha representative rm secdef secretary security senior special "
    "spokesman spokesperson spokeswoman staff state under undersecretary union veterans war "
)

STOP = _words(
    "a according after also among an and apart as at background before besides both but by details during "
    "earlier for from he her here his however i immediate in it its last later meanwhile media news next "
    "of on opening our over posted published quote readout release she since source speaking story that "
    "the their there these they this to today tomorrow under until updated we welcoming when whether "
    "visiting while with yesterday "
)

NONNAME = _words(
    "academy accord act administration affairs agency agreement airbase airport alliance ani apr april armed "
    "arrangement memorandum pact protocol roadmap building commission cooperation co-operation "
    "barracks camp cape dockyard fort garrison harbor harbour headquarters palace pier port "
    "army assembly association aug august authority base battalion bay board brigade bureau cabinet "
    "carrier cemetery center centre chief college command committee company conference congress "
    "contingent corps council court day dec december declaration defence defense department desk "
    "destroyer dialogue division escort exercise expo express external feb february festival five fleet "
    "flotilla force forces foreign forum four framework friday frigate general government group guard "
    "herald hospital house ians india initiative institute international island islands jan january jul "
    "july jun june kingdom law mar march may meeting meetings minister ministry monday national navy nov "
    "november ocean oct october office olympics one operation operations organisation organization "
    "parliament partner partners partnership party plan policy post president prime program programme pti "
    "range ranges regiment region report republic reuters rifles river road saturday school sea secretary "
    "senate sep sept september service services ship show six special squadron staff state states station "
    "strait strategic strategy street submarine summit sunday systems task three thursday times treaty "
    "tribune tuesday two union unit university vessel vision war wednesday wire world "
)

HEADS = _words(
    "adviser advisor ambassador chancellor chief commander commissioner director envoy governor mantri "
    "minister premier president rm secretary spokesman spokesperson "
)

SUFFIX_KEEP = _words("ii iii iv jr jr. sr sr. ")

# Words that end the name of a body, not a person ("the Japan Maritime Self-Defense Force").
BODIES = _words(
    "force forces command corps guard agency ministry department navy army fleet academy university "
    "college institute council committee office administration service services "
)

# A service or command inside a title chain: "Chief of Army Staff", "Chief of Defence Force Vice-Admiral X".
SERVICE_WORDS = _words(
    "army air force command corps marine marines fleet guard coast operations "
    "artillery infantry armour armor cavalry "  # arms of service: "Head Singapore Artillery Colonel X"
)

# Commands named without their state: "AFRICOM commander Gen. X" serves the United States.
COMMAND_STATES = {
    "AFRICOM": "USA",
    "CENTCOM": "USA",
    "EUCOM": "USA",
    "INDOPACOM": "USA",
    "USINDOPACOM": "USA",
    "PACOM": "USA",
    "SOUTHCOM": "USA",
    "NORTHCOM": "USA",
    "SOCOM": "USA",
    "USFK": "USA",
    "USFJ": "USA",
    "Central Military Commission": "CHN",  # China's top military body: its vice chairmen are Chinese
    "People's Liberation Army": "CHN",
    "People’s Liberation Army": "CHN",
    "PLA": "CHN",
}
