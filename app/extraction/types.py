"""Engagement type triggers, and the wording that makes a trigger background (planned, past, repeated)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

PRIORITY = ["agreement", "dialogue", "exercise", "port_call", "video_call", "call", "meeting", "other"]
_I = re.I
# What stands for a person after "received", "welcomed", "received by": a title, rank or honorific.
_PERSON = (
    r"(?-i:(?:the\s+)?(?:visiting\s+)?(?:[A-Z][\w-]+(?:['’]s)?\s+){0,2}?(?:Minister|Secretary|Gen|General|Adm|Admiral|"
    r"Mr|Mrs|Ms|Dr|President|Prime|Chief|Commander|Ambassador|Deputy|Vice|His|Her|H\.E|"
    # royals who hold a defence office: "welcomed Saudi Crown Prince X to the Pentagon"
    r"Crown\s+Prince|King|Emir|Sultan)\b)"
)
# An office in lower case stands for its holder too: "received the commander of U.S. Africa Command".
_OFFICE = (
    r"the\s+(?:visiting\s+)?(?:[\w.-]+\s+){0,2}?(?:commander|chief|head|chairman|chairperson|minister|"
    r"secretary|ambassador|envoy|director)\b"
)
TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "agreement",
        re.compile(
            # "the signing, earlier on the same day, of the Agreement": an aside between signing and of
            # ("signed a $4.75 billion deal": a decimal point is no sentence end)
            # "X said after signing a declaration with Y": the gerund after a time word is the signing
            r"\b(?:signed|signs|sign|inked|concluded|signing(?:,[^,.;]{1,40},)?\s+of|"
            r"(?:after|upon|while|when)\s+signing)\b"
            r"(?:[^.;]|(?<=\d)\.(?=\d)){0,90}?"
            r"\b(?:agreements?|deal|mou|"
            r"memorandum|memoranda|mous|declaration|"
            r"framework|road ?map|arrangement|pact|accord|treaty|convention|"
            r"letters? of (?:intent|offer and acceptance|commitment|understanding)|statement of intent|"
            r"protocols?|"
            r"(?-i:[A-Z][\w-]*\s+)(?:strategy|guidelines|protocol|charter)|"
            r"(?:joint|vision)\s+statement|contract|action plan|plan of action|"
            # "signed a military cooperation implementation plan"
            r"(?:implementation|implementing|cooperation)\s+plan)\b|"
            # "signed a strategic defence partnership": the partnership is the signed document
            r"\b(?:signed|signs|sign|inked)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:strategic|defen[cs]e|security)\s+partnership\b",
            _I,
        ),
    ),
    (
        "agreement",
        re.compile(
            r"\b(?:agreements?|mous?|memorandum|memoranda|declaration|framework|road ?map|arrangement|pact|"
            r"accord|contracts?|deal|documents)\b[^.;]{0,80}?"
            r"\b(?:was|were|has been|have been) signed\b",
            _I,
        ),
    ),
    (
        # "Signed copies of the agreement were exchanged by X and Y": the exchange seals the signing
        "agreement",
        re.compile(
            r"\b(?:signed\s+)?(?:copies|documents|instruments|letters?\s+of\s+intent|mous?|memorand(?:um|a))\b"
            r"[^.;]{0,150}?\b(?:was|were|has been|have been)\s+(?:also\s+)?exchanged\b|"
            # "India and Israel adopted the 'India-Israel Vision on Defence Cooperation'": a concluded text
            r"\b(?:adopted|adopts|adopt)\s+(?:a|an|the|their)\s+(?:(?:new|joint|shared)\s+)?['‘\"“]?"
            r"(?:[\w-]+\s+){0,3}?(?:vision(?:\s+(?:statement|document))?|road\s?map|declaration)\b|"
            r"\bexchanged\s+(?:the\s+)?(?:signed\s+)?(?:copies|documents|instruments)\s+of\b|"
            # "approved an amendment to the MoU through an exchange of letters"
            r"\b(?:through|by|via)\s+(?:an\s+)?exchange\s+of\s+(?:letters|notes)\b|\bexchanged\s+(?:letters|notes)\b|"
            # "X and Y put their signatures to the document"
            r"\b(?:put|set|affixed|appended)\s+(?:their|his|her)\s+(?:signatures?|names)\s+(?:to|on)\b|"
            # "X and Y put pen to paper on Tuesday": the signing idiom
            r"\b(?:put|puts|putting)\s+pen\s+to\s+paper\b|"
            # "Minister X and visiting Minister Y attended the signing ceremony": the signing, before them
            r"\b(?:attended|attend|attends)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?signing\s+ceremony\b",
            _I,
        ),
    ),
    (
        # "the deal that Defence Minister X signed with Y": the document, then who signed it
        "agreement",
        re.compile(
            r"\b(?:agreements?|deal|mou|memorandum|arrangement|pact|accord|treaty)\s+(?:that|which)\s+"
            r"(?:[\w.'’-]+\s+){1,8}?(?:signed|inked)\b",
            _I,
        ),
    ),
    (
        # a long agreement name, then its signing and the signatories: "An Agreement ... was signed in X
        # on <date> by Y and Z"
        "agreement",
        re.compile(
            r"\b(?:agreements?|mous?|memorandum|memoranda|arrangement|pact|accord|treaty)\b[^.;]{0,300}?"
            r"\b(?:was|were|has been|have been) signed\b(?=[^.;]{0,150}?\bby\s+(?-i:[A-Z]))",
            _I,
        ),
    ),
    (
        "dialogue",
        re.compile(
            r"\b2\s*\+\s*2\b|\btwo[\s-]plus[\s-]two\b|\bsecurity consultative committee\b|"
            r"\bdefen[cs]e policy (?:dialogue|group|talks)\b|"
            r"\bstaff talks\b|\bstrategic dialogue\b|"
            # "the 13th round of corps commander-level talks between X and Y": a numbered round of a
            # standing mechanism
            r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
            r"twelfth|\w+teenth|twentieth)\s+round\s+of\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
            r"(?:talks|consultations)\b|"
            # "the 17th round of China-U.S. Defense Policy Coordination Talks": a longer name, in capitals
            r"(?-i:\b(?:\d+(?:st|nd|rd|th)|[A-Z]?[a-z]+(?:st|nd|rd|th))\s+round\s+of\s+(?:the\s+)?"
            r"(?:[A-Z][\w.'’-]*\s+){1,6}?(?:Talks|Consultations|Dialogue)\b)|"
            # "co-chaired the 20th meeting of the Inter-Governmental Commission on Military Cooperation"
            r"\bco-?chair(?:ed|s)?\s+the\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|round|edition)\s+of\b|"
            r"(?-i:\bInter-?[Gg]overnmental\s+Commission\b)|"
            r"\bdefen[cs]e (?:cooperation|co-operation) (?:dialogue|group)\b|"
            r"\bjoint working group\b|\bmilitary cooperation group\b|"
            r"\b(?:ministerial|security|defen[cs]e|strategic|policy)\s+consultations\b|"
            r"\bconsultative\s+(?:meeting|committee|forum|group)\b|"  # "their Nuclear Consultative Group"
            # a named mechanism in capitals: "the annual Defence Dialogue", "the Army Staff Talks"
            r"(?-i:\b(?:Defen[cs]e|Security|Military|Strategic|Policy)\s+Dialogue\b)|"
            # "co-chaired the 6th Defence Ministers' Dialogue": the ministers' own named dialogue
            r"(?-i:\b(?:Defen[cs]e|Security)\s+Minist(?:ers['’]?|erial)\s+Dialogue\b)|"
            # the foreign and defence ministers' "2+2" by its long name: "the UK-X Foreign and Defence
            # Ministerial Meeting", "the Foreign and Defense Ministers' Dialogue"
            r"(?-i:\b(?:Foreign|Defen[cs]e)\s+(?:Affairs\s+)?and\s+(?:Foreign|Defen[cs]e)\s+(?:Affairs\s+)?"
            r"(?:Ministers['’]?|Ministerial)\s+(?:Meeting|Dialogue|Consultations?|Talks)\b)|"
            # a named meeting of a standing body: "the 48th Military Committee Meeting"
            r"(?-i:\b(?:Military|Defen[cs]e|Security|Joint|Policy)\s+(?:[A-Z][\w-]+\s+){0,2}?"
            r"(?:Committee|Cooperation|Consultation|Policy)\s+Meeting\b)|"
            r"\b(?:defen[cs]e|security|military)\s+(?:policy\s+)?(?:dialogue|talks)\b(?=\s+(?:was|were|is|between|in|on)\b)|"
            # a named standing body: "Joint Military Cooperation Committee", "Defence Cooperation Commission"
            # (not "Central Military Commission" nor a parliament's "Defence Committee": Joint or Cooperation)
            r"(?-i:\b(?:Joint\s+(?:[A-Z][\w-]+\s+){0,3}?|(?:Defen[cs]e|Military|Security)\s+(?:[A-Z][\w-]+\s+){0,2}?"
            r"(?:Cooperation|Co-operation|Consultative|Coordination)\s+)"
            r"(?:Committee|Commission|Working Group|Steering Group)\b)|"
            # "the 50th session of the Standing Bilateral Commission met": a bilateral body named as such
            r"(?-i:\b(?:Standing\s+|Joint\s+|Permanent\s+)?Bilateral\s+(?:Defen[cs]e\s+|Security\s+)?"
            r"(?:Commission|Committee|Council|Working\s+Group)\b)|"
            # a standing body named for the two states: "the Franco-German Council of Ministers", "the
            # Franco-German Defence and Security Council" (not a region's: "Indo-Pacific", "Euro-Atlantic")
            r"(?-i:\b[A-Z][a-z]+-(?!Pacific\b|Atlantic\b|Mediterranean\b)[A-Z][a-z]+\s+(?:(?:[A-Z][\w-]+|and)\s+){0,3}?"
            r"(?:Council|Commission|Committee)(?:\s+of\s+Ministers)?\b)",
            _I,
        ),
    ),
    (
        "video_call",
        re.compile(
            r"\bvideo[\s-]?(?:conference|conferencing|call|link|teleconference|talks|meeting)s?\b|"
            r"\b(?:virtual|online)\s+(?:meeting|talks|summit|conference|call|discussions?)\b|"
            r"\bvia video\b|"
            r"\b(?:met|talked|spoke) virtually\b|"
            r"\b(?:talks|meeting|discussions)\s+(?:\w+\s+)?virtually\b",
            _I,
        ),
    ),
    (
        "call",
        re.compile(
            # "held a telephone conference with", "Defence Ministerial Telephone Meeting"
            r"\b(?:telephonic|telephone|phone)\s+(?:conversation|call|talks?|discussion|conference|meeting)s?\b|"
            r"\btelephoned\b|"
            # "Milley called Li a second time on Jan. 8": a call again to someone already named
            r"(?-i:\bcalled\s+[A-Z][\w'’-]+)\s+(?=(?:a\s+(?:second|third|fourth|fifth)\s+time|again)\b)|"
            # "Hegseth dialled Defence Minister X", "rang his counterpart", "called Indian Defence Minister X"
            r"\b(?:dialled|dialed|phoned|rang(?:\s+up)?|called(?!\s+on\b))\s+"
            r"(?=(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?counterparts?\b|" + _PERSON + ")|"
            # "Later on Sunday X phoned Hale to reaffirm ...": a person the story named before, by surname
            r"\b(?:dialled|dialed|phoned|rang)\s+(?=(?-i:[A-Z][\w'’-]+)(?:\s+(?:to|on|and|about|late|early)\b|[,.;]))|"
            r"\bspo(?:ke|ken)\s+(?:by|over|on the)\s+(?:tele)?phone\b|"
            # (not "X and Y spoke to reporters after their meeting": a word to the press, no call)
            r"\b(?:spoke|spoken|speaks|talked)\b(?:\s+[\w,]+){0,3}?\s+(?:with|to)\s+"
            r"(?!(?:the\s+|a\s+|waiting\s+|local\s+)?(?:reporters|journalists|press|media|newsmen)\b)"
            r"(?=[A-Z]|his|her|the\s+[A-Z])|"
            # "X and his Japanese counterpart Y spoke on Monday evening", "the two ministers talked by
            # phone": two sides as the subject, then the verb and its day or mode (not "spoke at a forum")
            r"(?:\band\s+(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?counterparts?,?(?:\s+[A-Z][\w.'’-]*,?){0,5}|"
            r"\b(?:the\s+two|both)\s+(?:ministers|leaders|men|women|secretaries|generals|chiefs|defen[cs]e\s+chiefs)"
            r")\s+(?:also\s+|briefly\s+)?(?:spoke|talked)\b"
            r"(?=\s+(?:(?:late|early)\s+)?(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|"
            r"by|over|for\s+(?:about\s+|nearly\s+|more\s+than\s+)?(?:an?|\d+|one|two|three)\b|earlier))|"
            # "held an introductory teleconference call", "had a brief phone call" (not a courtesy call)
            r"\b(?:held|had|took|received|made)\s+(?:a|an)\s+(?!courtesy\b|port\b)(?:[\w-]+\s+){0,2}?"
            r"(?:(?:phone|telephone|teleconference)\s+)?call\b(?!\s+(?:on|at|for|to)\b)|"
            # "Earlier on Sunday X held calls with French Minister Y, British Secretary Z and ...": one each
            r"\b(?:held|had)\s+(?:separate\s+)?(?:(?:tele)?phone\s+)?calls\s+with\s+"
            r"(?=(?-i:(?:[A-Z][\w'’.-]*\s+){0,4}?(?:Minister|Secretary|General|Admiral|Chief|President|Prime)\b)|"
            r"(?:his|her|their)\s)|"
            r"\bteleconference\b|"
            r"\b(?:conversation|call|talks|discussions?)\s+(?:took\s+place|was\s+held|were\s+held)\s+(?:over|by|on)\s+"
            r"(?:the\s+)?(?:tele)?phone\b|"
            r"\b(?:exchanged views|talked|conferred|discussed\s+[\w\s]{0,40}?)\s+(?:over|by|on)\s+(?:the\s+)?"
            r"(?:tele)?phone\b",
            _I,
        ),
    ),
    (
        # "X was on Thursday conferred the honorary rank of General by President Y": an honour the other
        # side's official confers on the visitor in person
        "meeting",
        re.compile(
            r"\b(?:was|were)\s+(?:also\s+)?(?:(?:on\s+[A-Z]\w+|today|yesterday)\s+)?(?:conferred|bestowed|"
            r"invested|decorated)\b(?=[^.;]{0,120}?\bby\s+" + _PERSON + ")|"
            # "President X today conferred the honorary rank of General of the Army on visiting General Y"
            r"\b(?:conferred|bestowed|confers|bestows)\s+(?:the|an?|its|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
            r"(?:rank|award|medal|order|decoration|honou?r|title|insignia)\b[^.;]{0,80}?\bon\s+"
            r"(?=(?:the\s+)?(?:visiting\s+)?(?-i:[A-Z])[^.;]{0,80}?(?-i:Minister|Secretary|Gen|General|Adm|Admiral|"
            r"Chief|Commander|Marshal)\b)",
            _I,
        ),
    ),
    (
        # "President X and his counterpart Y on Wednesday attended the launch of a submarine": the two sides'
        # officials together at a ceremony (a pair, not one side's officials alone)
        "meeting",
        re.compile(
            r"(?-i:\band\s+(?:his|her)\s+(?:[A-Z][\w-]+\s+)?counterpart),?\s+[^.;]{0,80}?\b(?:jointly\s+)?"
            r"attended\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:launch|launching|unveiling|inauguration|"
            r"christening|commissioning)\s+of\b",
            _I,
        ),
    ),
    (
        # "On the sidelines Crosetto also saw Polish Defence Minister X": saw an official named by office
        "meeting",
        re.compile(
            r"\b(?-i:saw|sees)\s+(?=" + _PERSON + r"|(?-i:his|her)\s+(?:[A-Z][\w-]+\s+)?counterpart\b)"
        ),
    ),
    (
        # "X told Defense Minister Y at the Pentagon on Tuesday that ...": words said to an official face to
        # face, at a named place on a named day
        "meeting",
        re.compile(
            r"\b(?-i:told)\s+(?=(?:" + _PERSON + r"|(?-i:his|her)\s+(?:[A-Z][\w-]+\s+)?counterpart\b)"
            r"[^.;\"“”]{0,80}?\s(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+"
            r"(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)\b)"
        ),
    ),
    (
        "meeting",
        re.compile(
            # meeting a group ("met officer cadets", "met the troops") is no contact between officials
            r"\b(?:met|meets|meet)\b(?!\s+(?:the\s+|with\s+)?(?:[\w-]+\s+)?(?:cadets|troops|students|soldiers|"
            r"sailors|airmen|personnel|veterans|families|crews?|workers|children|journalists|reporters|"
            r"community|diaspora)\b)|"
            # "called on Moscow to stop ...": urging, not a courtesy call ("called on X to discuss ..." is)
            # ... and "in that call on Tuesday" is the call's day
            r"\bcall(?:ed|s)? on\b(?!\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d))"
            r"(?!\s+(?:[\w'’.-]+\s+){1,6}?to\s+(?!(?:discuss|review|exchange|hold|brief|"
            # ("called on Assistant to the President X": an office with "to the" in it, not an urging)
            r"talk|meet|pay|explore|convey|deliberate|present|the|a|an|his|her)\b)[a-z]+\b)|"
            # "was also received at the ministry by her counterpart, X"
            r"(?<=\band\s)(?:later|then|afterwards|subsequently)\s+by\s+(?=" + _PERSON + "|" + _OFFICE + ")|"
            r"\b(?:was|were)\s+(?:also\s+|later\s+|then\s+)?received\s+(?:(?:on\s+[A-Z]\w+|today|yesterday)\s+)?"
            r"(?:(?:at|in)\s+(?:[\w'’,-]+\s+){1,8}?)?"
            r"by\s+(?=(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?counterparts?\b|"
            # "were received by Qatar's ruler, Emir X": the office in lower case, then the titled name
            r"(?:(?-i:[A-Z][\w-]+)['’]s\s+(?:ruler|monarch|leader|head\s+of\s+state),\s+)?"
            + _PERSON
            + "|"
            + _OFFICE
            + ")|"
            # "Macron arrived on Tuesday and was welcomed on the tarmac by Prime Minister X": the host's
            # reception of a visitor (a leader's title: a ship's welcome by officers is its port call)
            r"\b(?:was|were)\s+(?:also\s+)?(?:welcomed|greeted)\s+(?:(?:at|on|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)?"
            r"by\s+(?=(?-i:(?:the\s+)?(?:[A-Z][\w-]+\s+){0,2}?(?:Minister|Secretary|President|Prime|Crown\s+Prince|King|"
            r"Emir)\b))|"
            # "In the afternoon, X and Y joined U.S. Secretary of Defense Z for trilateral talks"
            r"\bjoined\s+(?-i:[A-Z])(?:[\w.'’-]+\s+){1,8}?for\s+(?:a\s+)?(?:trilateral|three-way|tripartite|"
            r"bilateral)\s+(?:talks|meeting|session)\b|"
            # "Minister X today joined U.S. Secretary Y on a visit to the carrier Z": the two, together
            r"\bjoined\s+(?=(?:(?-i:his|her)\s+(?:[A-Z][\w-]*\s+)?counterpart\b|" + _PERSON + r")[^.;]{0,80}?"
            r"\bon\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:visit|tour|trip)\s+(?:to|of)\b)|"
            # "X said after meeting visiting German Defense Minister Y", "before meeting his counterpart"
            # ("after meeting U.S. Defense Secretary Y": an initialism of the state before the office)
            r"\b(?:after|before|while|when)\s+meeting\s+(?=(?:the\s+)?visiting\b|(?:his|her|their)\s+"
            r"(?:[A-Z][\w-]*\s+)?counterparts?\b|(?:(?-i:[A-Z]\.){2,}\s+)?" + _PERSON + ")|"
            # "X on Friday became the first U.S. defense secretary to visit Y, meeting President Z": the
            # visit's contact in a participle clause
            r"(?<=,\s)(?-i:meeting)\s+(?=(?:(?-i:his|her|their)\s+(?:[A-Z][\w-]*\s+)?counterparts?\b|"
            + _PERSON
            + "))|"
            # "Austin's first call of the day was on Senate President X"
            r"\bcalls?\s+(?:of\s+the\s+day\s+)?(?:was|were)\s+(?:paid\s+)?on\s+(?=" + _PERSON + ")|"
            # "X was hosted by Y at an informal dinner at the Pentagon on Wednesday": the guest at a meal
            r"\b(?:was|were)\s+hosted\s+by\s+(?=[^.;]{0,60}?\bat\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:dinner|lunch|luncheon|banquet|breakfast)\b)|"
            r"\bhosted\b(?!\s+by)|\bcourtesy (?:call|visit|meeting)\b|"
            # "sat down with X", "the secretary later sat down separately with Minister Y"
            r"\bsat\s+down\s+(?:(?:separately|also|again|privately|briefly)\s+)?(?:for|with)\b|"
            # "Minister X came aboard the carrier to be shown around by Commodore Y": a visit to the
            # other side's warship, met by its officers
            r"\b(?:came|comes|went|goes|stepped|(?:was|were)\s+(?:welcomed|received|piped))\s+(?:on\s+)?"
            r"(?:board|aboard)\b(?=[^.;]{0,160}?\bby\s+(?:the\s+)?(?-i:[A-Z]))|"
            r"\b(?:received|receives|welcomed|welcomes)\s+"
            # "received at his office in Riyadh today the Secretary of State ...": the place before the guest
            r"(?:(?:at|in)\s+(?:[\w'’,-]+\s+){1,6}?(?:(?:today|yesterday|on\s+\w+)\s+)?)?"
            r"(?=(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?counterparts?\b|" + _PERSON + "|" + _OFFICE + ")|"
            r"(?-i:\bMeeting)\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])|"  # "Meeting at the ministry, the two ..."
            r"\b(?:held|holds|hold|holding)\s+(?:[\w-]+\s+){0,3}?(?:talks|meetings?|discussions|consultations)\b|"
            # "X told his counterpart Y that ... during talks on the sidelines of the summit"
            r"(?-i:\bduring)\s+(?:bilateral\s+)?talks\b(?=\s+(?:on|in|at|with)\b)|"
            # "X and Y agreed at their meeting in Prague today to ...": the pair's own meeting, placed or
            # dated
            r"(?-i:\b(?:at|during)\s+their\s+(?:[a-z-]+\s+){0,2}?(?:meeting|talks)\b)(?=\s+(?:today|yesterday|"
            r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:in|at)\s+(?:the\s+)?(?!(?:January|February|March|April|May|"
            r"June|July|August|September|October|November|December)\b)(?-i:[A-Z])))|"
            # "In their first meeting since X took office, held at the ministry, the two also discussed ...":
            # the pair's own meeting, opening the sentence whose subject is the pair
            r"(?-i:(?<![\w,;:'’-]\s)\bIn\s+their\s+(?:[a-z-]+\s+){0,2}?(?:meeting|talks)\b)"
            r"(?=[^.;]{0,120}?,\s+(?:the\s+two|they)\s+(?:[a-z]+\s+)?(?:also\s+)?"
            r"(?:discussed|agreed|exchanged|reviewed|talked|reaffirmed)\b)|"
            # "..., in talks on the sidelines of a summit": the setting of what was said (not "in talks on
            # a deal", a negotiation)
            r"(?-i:\bin)\s+(?:bilateral\s+)?talks\b(?=\s+(?:on|at)\s+the\s+(?:sidelines|margins)\b|\s+held\b)|"
            r"\b(?:talks|meetings?)\s+(?:was\s+|were\s+)?with\b|"
            # "In Moscow, trilateral talks were held on Wednesday between Minister X, Minister Y and ..."
            r"\b(?:talks|meetings?|consultations)\s+(?:was|were)\s+held\s+(?:on\s+\w+\s+|today\s+|yesterday\s+)?"
            r"(?:(?:in|at)\s+(?-i:[A-Z])[\w'’-]+\s+)?between\b|"
            r"(?-i:\b(?:talks|meetings?)\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}with\b)|"
            r"\bmeeting\b[^.,;]{0,20}?\bwas with\b|"
            # "X and Y co-chaired the opening session with Z": the co-chairs of the talks
            r"\bco-?chair(?:ed|s)?\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?"
            r"(?:session|talks|meeting|dialogue|round|consultations|discussions)\b(?=[^.;]{0,120}?\bwith\b)|"
            # "In a separate meeting, X discussed ... with Y": the opener is the contact
            r"(?-i:\b(?:In|At|During))\s+(?:a|an|another)\s+(?:separate|later|subsequent|further|bilateral|"
            r"one-on-one|second)\s+(?:meeting|session|encounter)\b(?=[^.;]{0,200}?\bwith\b)|"
            # "X visited an air base in Y, where Dutch Prime Minister Z confirmed ...": the host of the visit
            r"\b(?:visited|toured)\b(?=[^.;]{0,80}?,\s+where\s+" + _PERSON + ")|"
            # "On Tuesday, X and Y flew to Z, where they visited the command": the pair's joint visit
            r"(?-i:(?<=\band\s)[A-Z][\w'’.-]+\s+)(?:(?:then|later|together|jointly)\s+)?(?:flew|travell?ed|went|headed)"
            r"\s+(?:together\s+)?to\b(?=[^.;]{0,120}?,\s+where\s+they\s+(?:(?:jointly|also|together)\s+)?"
            r"(?:visited|toured|inspected|observed)\b)",
            _I,
        ),
    ),
    (
        # a ceremony both sides attend: a handover of equipment, a commissioning
        "other",
        re.compile(
            r"\b(?:handing[\s-]over|handover|hand-over|commissioning|induction)\s+ceremony\b|"
            # "took part in the ceremony for the handing over of the first jet ..., along with Minister Y"
            r"\bceremony\s+(?:for|of|marking)\s+the\s+(?:handing[\s-]over|handover|hand-over|delivery)\s+of\b|"
            r"\bhanded over\b[^.;]{0,150}?\bin the presence of\b|"
            # "India gifted an aircraft to the Navy, handing it over at a ceremony in Colombo attended by ..."
            r"\b(?:handed|handing|hands)\s+(?:[\w'’-]+\s+){0,6}?over\b[^.;]{0,60}?\bat\s+(?:a|the)\s+"
            r"(?:[\w-]+\s+)?ceremony\b",
            _I,
        ),
    ),
]
_GENERIC_TALKS = re.compile(r"(?:defen[cs]e|security|military)\s+(?:dialogue|talks)", _I)
_THANKED_FOR = re.compile(
    r"\b(?:thank(?:ed|s)?|commended|praised|appreciated)\b[^.;]{0,40}?\bfor\s+(?:co-?)?(?:hosting|taking\s+part\s+in|"
    r"participating\s+in|joining|organi[sz]ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    _I,
)
MULTINATIONAL = re.compile(r"\b(?:multinational|multilateral|multi-national|multi-lateral)\b[^.;,]*$", _I)
_EXERCISE_WORD = re.compile(r"\b(?:exercises?|drills?|war ?games|manoeuvres|maneuvers)\b", _I)
_EXERCISE_VERB = re.compile(
    r"\b(?:got|gets|get) under ?way\b|"
    r"\b(?:began|begins|begun|commenced|commences|kicked off|kicks? off|started|"
    r"starts|is being held|are being held|was held|were held|concluded|opened|opens|culminated|"
    r"wrapped up|wraps up|ended|ends|closed|is under ?way|are under ?way|took place|takes place|"
    # "have conducted exercises since 2015" is a record of the past, not this exercise
    r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)conducted|is being conducted|are being conducted|"
    r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)(?<!\bbeen\s)conducting|"
    # "the ministers on Sunday watched troops storm the beach in Exercise X": officials at the drill
    r"watched|observed|(?:is|are|were|was)\s+taking\s+part|took\s+part|"
    # "the frigate undertook a Maritime Partnership Exercise with ITS X": a drill carried out
    r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)(?:undertook|carried\s+out))\b|"
    # "the destroyer arrived at Port X on 9 August to take part in 'Y', the first bilateral naval exercise":
    # an arrival made for the drill, which begins with it
    r"\b(?:arrived|arrives|reached)\b[^.;]{0,100}?\bto\s+(?:take\s+part|participate|partake)\s+in\b|"
    # "X and Y on Thursday launched their largest joint military exercise" (not "launched missiles during
    # drills": the launch must take the exercise as its object)
    r"\blaunch(?:ed|es)?\s+(?:(?!(?:during|in|amid|after|before|against|as|to|over|near|while|with|from|"
    r"missiles?|rockets?|attacks?|strikes?|satellites?)\b)[\w'’\"-]+\s+){0,5}?"
    r"(?:exercises?|drills?|war ?games|manoeuvres|maneuvers)\b",
    _I,
)
# "as they begin Exercise X today": a start in the present, dated by its own "today"
_BEGIN_TODAY = re.compile(
    r"\b(?P<clause>(?:as|while|when)\s+(?:they|we|the\s+[\w-]+|both\s+[\w-]+)\s+)?"
    r"(?<!\bto\s)(?<!\bwill\s)(?P<verb>begin|start|launch)\s+(?=[^.;,]{0,60}?\b(?:today|this\s+morning)\b)",
    _I,
)
_PORT_CALL = re.compile(
    r"\bport (?:call|visit)s?\b|\b(?:docked|berthed|anchored|moored) (?:at|in|off|alongside)\b|"
    # "docked this Saturday at the port of X", "berthed on Monday morning in Y": the day between
    r"\b(?:docked|berthed|anchored|moored)\s+(?:on\s+|this\s+|last\s+|early\s+|late\s+)?(?:today|yesterday|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
    r"(?:at|in|off|alongside)\b|"
    r"\bgoodwill visit\b|\bpulled into\b|"
    # "sailed into Havana harbour", "entered the harbour on Wednesday" (not "sailed into the Baltic")
    r"\b(?:sailed|steamed|sails|entered|enters)\s+(?:into\s+)?(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,2}"
    r"(?:harbou?r|port)\b(?!\s+(?:city|authority|authorities)\b)|"
    # "sailed into the US Fleet Activities base at Yokosuka", "steamed into Souda naval base"
    r"\b(?:sailed|steamed|sails)\s+into\s+(?:the\s+)?(?:[A-Z][\w'’.-]+\s+){0,3}(?:naval\s+|navy\s+)?base\b|"
    r"\b(?:arrived|arrives|called)\s+(?:at|in)\b[^.;]{0,50}?"
    r"\b(?:port|pier|harbou?r|naval base|wharf|jetty)\b",
    _I,
)
# "INS Delhi and INS Shakti ... arrived at Kota Kinabalu": warships arriving at a named place
_SHIPS = re.compile(
    r"(?-i:\b(?:INS|HMS|USS|USNS|HMAS|HMNZS|HMCS|JS|ROKS|KRI|BRP|FS|ITS|SPS|HNLMS|PNS|SLNS))\s+(?-i:[A-Z])|"
    # "US Navy Ship (USNS) Charles Drew arrived at ...": a navy's ship named as such
    r"\b(?:navy|naval)\s+ship\b|"
    r"\b(?:warships?|ships|vessels|frigates?|destroyers?|corvettes?|aircraft carrier|flotilla|task group|"
    r"training squadron)\b",
    _I,
)
_SHIP_ARRIVAL = re.compile(
    r"\b(?:(?:arrived|arrives|arriving|called)\s+(?:at|in)|(?:reached|entered)(?:\s+(?:at|in))?|"
    # "the frigate X sailed into Mumbai on Friday" (not "sailed into the South China Sea")
    r"(?:sailed|steamed|sails|sailing)\s+into(?!\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:Sea|Ocean|Gulf|Straits?|Bay|"
    r"Channel|Waters|Pacific|Atlantic|Mediterranean|Baltic)\b))\s+(?:the\s+)?(?-i:[A-Z])",
    _I,
)
_EARLIER_CLAUSE = re.compile(r"\b(?:came|comes|coming)\s+(?:\w+\s+){0,3}?(?:after|since)\s+$", _I)
# "came days after a U.S. vessel called at ...": the rest of the sentence (no clause cut) is earlier
# (the subject a contact: "The announcement came after the 2+2 held on July 28" tells the news itself)
_CAME_AFTER_IN = re.compile(
    r"\b(?:meeting|talks|call|visit|arrival|exercise|drills?|signing|dialogue|session|trip|conversation)\s+"
    r"(?:came|comes|coming)\s+(?P<gap>(?:[\w-]+\s+){0,3}?)(?:after|on\s+the\s+heels\s+of)\s+"
    r"(?P<rest>(?:[^.;]|(?<=\b[A-Z])\.|\.(?=\s+\d))*)$",
    _I,
)
# "came a day after", "came hours after": a contact of the same day or the day before, news of its own
_SAME_DAY_GAP = re.compile(r"(?:(?:a|one|two)\s+days?|hours|minutes|shortly|soon|just)\s+", _I)
# "came after the 2+2 held earlier in the day": a contact of the same day, news of its own
_SAME_DAY = re.compile(
    r"\b(?:earlier|later)\s+(?:in\s+the\s+day|that\s+day|on\s+the\s+same\s+day|today)\b|\bthe\s+same\s+day\b",
    _I,
)
# "came a day after ...": a contact of the day before is news of its own, dated by the clause
_DAY_BEFORE = re.compile(r"\b(?:a|one|two)\s+days?\s+after\s+$", _I)
_HAD_TALKS = re.compile(
    r"(?:(?:(?:tele)?phone|video|virtual|online|bilateral)\s+)?(?:talks|discussions)\b", _I
)
_SAID_HAD = re.compile(r"\b(?:said|says|reported|announced)\s+(?:that\s+)?(?:[\w.'’-]+\s+){1,6}had\s+$", _I)
_ON_WEEKDAY = re.compile(r"^[^.;,]*?\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_BACKGROUND_PREFIX = re.compile(
    # "had met" is earlier; "had a telephone conversation" is the news itself
    r"\b(?:will|would|shall|can|could|may|might|should|to|had(?!\s+(?:a|an)\s)|last|next|not|never|previously|"
    r"hope|hopes|plans?|planned|recalled|recalls|recalling|upcoming|forthcoming|"
    # "complete the revision before this year's Security Consultative Meeting": a contact still to come
    r"(?:before|ahead\s+of|by)\s+(?:this|next)\s+year['’]s|"
    # "The meeting came after a video call in April": the earlier contact is background
    r"(?:came|comes|coming)\s+(?:\w+\s+)?after|on the heels of|"
    # "the meeting had been warm, following on from a phone conversation the two held on Jan. 29"
    r"following\s+on\s+from|"
    # "It also follows last week's Security Consultative Meeting in Seoul": an earlier contact by its time
    r"(?:last|previous)\s+(?:week|month|year)['’]s(?:\s+[\w-]+){0,2}|"
    # "noted the significance of the recently signed Joint Declaration": a document signed before
    r"(?:the|its|their|this|that)\s+(?:recently|newly)|"
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bbe\s)follow(?:ed|s)(?!\s+by))\s+(?:[\w-]+\s+){0,2}$",
    _I,
)
# "The two leaders built on their January 24 phone call": the contact built on is an earlier one
# "the ties go back to 1945, when X and Y met": the year of a bare-year when-clause is history
_YEAR_WHEN = re.compile(
    r"\b(?:in|to|back\s+to|since|of|from)\s+(?:19|20)\d\d,?\s+when\b(?:[^.;]|(?<=\b[A-Z])\.)*$", _I
)
_BUILT_ON = re.compile(
    r"\b(?:built|building|builds|build|follow(?:ed|ing|s)?\s+up)\s+(?:up)?on\s+"
    r"(?:their|the|his|her|its|last|previous|earlier|prior)\s+(?:[\w,'’\"“”-]+\s+){0,4}[\"“]?$",
    _I,
)
# a remark on what a state has done: "noting that the Philippines has concluded a ... Agreement with Japan"
_NOTING_PERFECT = re.compile(
    r"\b(?:noting|noted|pointing\s+out|recalling)\s+that\s+[^.;]{0,100}?\b(?:has|have)\s+(?:already\s+|also\s+)?$",
    _I,
)
_BEFORE_ARRIVING = re.compile(
    r"\W*(?:Before|Prior\s+to)\s+(?:(?:its|their|his|her)\s+)?(?:arriving|arrival|reaching|coming)\b[^.;]*$"
)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the|their|his|her|its|a|an)\s+(?:[\w-]+\s+){0,2}$", _I)
# "The officials arrived in Seoul on Wednesday after a similar 2+2 session in Tokyo": the leg before
_ARRIVED_AFTER = re.compile(
    r"\b(?:arrived|arrives|arriving|landed|lands|flew\s+in|reached)\b[^.;,]{0,60}?\b(?:after|following)\s+"
    r"(?:a|an|the|their|his|her|its)\s+(?:[\w'’-]+\s+){0,2}[\"“]?$",
    _I,
)
# "It was the first in-person meeting between the two chiefs, who held a video call in September": the
# sentence ranks the contact just reported; the contact in its relative clause is an earlier one
_FIRST_SINCE_ASIDE = re.compile(
    r"\W*(?:It|This|That|The\s+(?:meeting|talks|call|visit|encounter))\s+(?:was|is|were|marked)\s+"
    r"(?:the|their|his|her)\s+(?:first|second|third|fourth|fifth|maiden|initial)\b[^.;]*?,\s*"
    r"(?:who|which)\s+(?:had\s+)?[^.;,]*$",
    _I,
)
# a trigger that opens on its subject: "The two ministers last spoke ..." (not "... since they last met")
_LAST_CONTACT = re.compile(
    r"(?:(?!\b(?:since|after|before|when|because|as)\b)[^.;,]){0,50}?\blast\s+(?:spoke|talked|met|conferred)\b",
    _I,
)
# "X and Y last met in Paris on Aug. 17, when the two countries' ministers held talks": the when-clause
# tells the earlier contact
_LAST_WHEN = re.compile(
    r"\blast\s+(?:spoke|talked|met|conferred)\b(?:[^.;]|\.(?=\s+\d)){0,80}?,\s+when\b"
    r"(?:[^.;]|\.(?=\s+\d))*$",
    _I,
)
# "hosted a virtual meeting of the Ukraine Defense Contact Group": a session of a body of many states
_OF_MANY = re.compile(
    r"(?:(?:hosted|chaired|convened|attended|joined|led)\s+(?:a|an|the|its)\s+)?"
    r"(?:(?:virtual|online|video)\s+)?(?:meeting|session|conference|talks)\s+of\s+the\s+"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+){0,5}?(?-i:Contact\s+Group|Coalition)\b"
)
_AS_CLAUSE = re.compile(r",\s+(?:as|when|while)\s")
_SAID = re.compile(r"\b(?:said|says|told|announced)\b")
_WISH = re.compile(
    r"\b(?:hope|hopes|hoped|eager|look forward|looks forward|looked forward|aim|aims|intend|intends|"
    r"plan|plans|"
    r"invited|invites|proposed|wants?|wish|wishes)\b",
    _I,
)
_REPEAT = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|several|many|\d+(?:st|nd|rd|th))\s+"
    r"(?:time|telephonic|phone|telephone|call|conversation|conversations|meeting|visit|such)s?\b|"
    r"\b(?:three|four|five|several|two) times\b|\bhas held phone\b|"
    # "met with X on several occasions, most recently in Y": repeated contacts of no one day
    r"\bon\s+(?:several|many|numerous|multiple|a\s+number\s+of)\s+occasions\b",
    _I,
)
_AGAIN_ON_DATE = re.compile(
    r"(?-i:called\s+[A-Z][\w'’-]+)\s+a\s+(?:second|third|fourth|fifth)\s+time\s+on\s+"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d)\b"
)
# "apprised him of the discussions at the Defence Ministerial Dialogue": talks reported to a third person
_BRIEFED_ON = re.compile(
    r"\b(?:briefed|apprised|informed|updated)\b[^.;]{0,40}?\b(?:of|on|about)\s+(?:the\s+)?(?:outcomes?|results?|"
    r"discussions|deliberations|proceedings)\s+(?:at|of|in|during)\s+(?:the\s+)?(?:[\w'’+-]+\s+){0,4}$",
    _I,
)
# "The two concurred to hold a 2+2 at an early date": a contact they resolved to hold, still to come
_RESOLVED_TO_HOLD = re.compile(
    r"\b(?:agreed|agree|agrees|concurred|concur|concurs|decided|resolved)\s+to\s+(?:hold|convene|organi[sz]e|"
    # ("to hold a Japan-U.S. Security Consultative Committee": a state pair written with stops)
    r"stage)\s+(?:(?:a|an|the|their|its|another|next|regular|annual)\s+)*(?:[\w.\"“”'’+-]+\s+){0,4}?"
    r"(?:\(\s*)?[\"“']?$",
    _I,
)
# Wording in the same clause that puts the contact in the past or the future ("last week", "is due to").
_PAST_CLAUSE = re.compile(
    # "last month's clash" names the clash's time, not the contact's
    # (but "last year's port call" is an earlier contact)
    r"\b(?:last|previous)\s+(?:week|weekend|month|year|time)\b(?!['’]s\s+(?!(?:[\w-]+\s+)?(?:port\s+call|visit|"
    r"meeting|talks|exercise|drills?|call|dialogue|summit)\b))|\bearlier this (?:month|year)\b|"
    # "held talks with X in Y earlier in the week": a leg before the story's day, with no day of its own
    r"\bearlier\s+in\s+the\s+week\b(?!,?\s+on\s+[A-Z][a-z]+day\b)|"
    # "Sweden signed its agreement earlier in December": a month before the story's day
    r"\bearlier\s+in\s+(?:the\s+(?:month|year)|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b|"
    r"\b(?:weeks|months|years) ago\b|\blast\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b|\b(?:the\s+)?(?:previous|last|prior)\s+(?:edition|round|meeting|call)\b",
    _I,
)
_ARRIVED_AFTER_HOLDING = re.compile(
    r"\b(?:arrived|arrives|came|flew|travelled|traveled)\s+(?:in|to|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}"
    r"(?:[a-z]+\s+){0,2}?after\s+(?:holding|attending|meeting|concluding|wrapping\s+up)\s+(?:[\w'’-]+\s+){0,4}$"
)
_EARLIER_STOP = re.compile(
    r"\b(?:arrived|arriving|came|coming|flew|travelled|traveled)\b[^.;]{0,60}?\b(?:from\s+(?:[A-Z][\w'’-]+\s+){0,2}"
    r"[A-Z][\w'’-]+|(?:following|after)\s+(?:a\s+)?stops?\s+in\s+[^.;]{0,80}?),\s+(?P<where>where)\s+"
    r"(?:he|she|they|the\s+\w+)\s(?:[^.;]|(?<=\b[A-Z])\.)*$"  # "where he visited U.S. forces and held talks"
)
# "the foundational agreements the two countries have signed": documents, then who signed them earlier
_SIMILAR = re.compile(r"\b(?:similar|comparable|parallel)\s+(?:[\w+'’-]+\s+){0,2}$", _I)
# "has signed similar agreements with X", "inked a comparable pact": the like deals of others, no day
_SIMILAR_SIGNED = re.compile(
    r"(?:signed|signs|inked|concluded)\s+(?:a\s+|an\s+)?(?:similar|comparable|parallel)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:agreements?|accords?|pacts?|deals?|treaties|treaty|arrangements?)\b",
    _I,
)
_SIGNED_BEFORE = re.compile(
    r"\b(?:agreements|pacts|deals|accords|treaties|documents|arrangements)\s+(?:that\s+|which\s+)?"
    r"(?:the\s+two\s+\w+|both\s+\w+|they|the\s+allies|the\s+partners)\s+(?:have|had)\s+(?:already\s+)?$",
    re.I,
)
# a signing by or with companies is no contact between states
_FIRMS = re.compile(
    r"\b(?:manufacturer|shipbuilder|shipyard|planemaker|aircraft\s+maker|arms\s+maker|defen[cs]e\s+firm|"
    r"company|companies|contractor|corporation|firms?)\b",
    re.I,
)
_WITH_SEVERAL = re.compile(
    r"[^.;]{0,40}?\b(?:to|with)\s+(?:several|many|a\s+number\s+of|various|multiple|numerous)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:counterparts|ministers|officials|leaders)\b|"
    # "X and Y have spoken by phone dozens of times since October": a count of contacts, none of them news
    r"[^.;]{0,40}?\b(?:(?:dozens|scores|hundreds|a\s+number)\s+of|many|several|numerous|countless|multiple)\s+"
    r"times\b",
    _I,
)
_FOLLOWS_ONES = re.compile(
    r"\b(?:follows|followed|came\s+after|comes\s+after)\s+(?:[\w.,'’-]+\s+){0,6}?[\w.-]+['’]s\s+(?:[\w-]+\s+)?$"
)
# "X announced that the two navies would conduct a trilateral exercise in the sea from this evening": an
# exercise the story's own day opens, not one to come
_WILL_FROM_TODAY = re.compile(
    r"\b(?:would|will)\s+(?:conduct|hold|begin|start|stage|launch)\s+(?:[\w-]+\s+){0,4}?"
    r"(?P<ex>exercises?|drills?|war ?games|manoeuvres|maneuvers)\b"
    r"(?=[^.;]{0,100}?\b(?:from|starting|beginning)\s+(?:today|tonight|this\s+(?:evening|afternoon|morning))\b)",
    re.I,
)
# "The visit follows Secretary X's attendance at the ADMM-Plus in Bangkok and the Y meeting in Seoul": the
# stops of the trip before the one reported
_FOLLOWS_ATTENDANCE = re.compile(
    r"\b(?:follows|followed|came\s+after|comes\s+after)\s+(?:[\w.,'’-]+\s+){0,6}?[\w.-]+['’]s\s+"
    r"(?:attendance|participation|stops?|visits?|trips?)\s+(?:at|in|to)\b(?:[^.;]|\.(?!\s))*$"
)
# "X, who attended an annual security meeting with Y in Sydney on Sunday, is on his first trip to Asia":
# a contact the aside tells of, a leg of the trip before the one reported
_ATTENDED_ASIDE = re.compile(r",\s+who\s+(?:had\s+)?(?:also\s+)?attended\s+[^,;.]*$")
_THEN_ON_TRIP = re.compile(
    r"[^,;.]*,\s+(?:(?:is|was)\s+on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:trip|tour|visit|swing)\b|"
    r"(?:arrived|travell?ed|flew|heads|headed|moved\s+on)\b)"
)
_TO_BE_HELD = re.compile(
    # "The Joint Committee, co-chaired by X and Y, is due to convene later": an aside, then the future
    r"[^.;,]{0,60}?(?:,[^.;,]{1,120},\s*)?\b(?:would|will|shall|(?:is|are)\s+(?:(?:due|scheduled|expected|set)\s+)?to)"
    r"\s+(?:also\s+)?(?:be\s+held|convene|take\s+place)\b",
    _I,
)
_STILL_AHEAD = re.compile(
    r"[^.;,]{0,60}?,\s*(?:which|that)\s+(?:[\w-]+\s+){0,2}?(?:are|is|will)\s+(?:also\s+)?"
    r"(?:(?:due|set|scheduled|expected)\s+)?(?:to\s+)?(?:attend|hold|co-chair|take\s+place|be\s+held|begin|start)\b",
    re.I,
)
_HAD_SAID = re.compile(r"\bhad\s+(?:said|told|announced|stated|noted)\b[^.;]*$")
_IN_TOWN_FOR = re.compile(
    r"(?:\b(?:is|are)|\bwho\s+(?:was|were))\s+(?:in|visiting)\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:for|to\s+attend)\s+"
    r"(?:the\s+|a\s+)?[^.;,]*$|"
    # "who arrived in Tokyo from Mongolia to attend the second 2+2": the purpose of the trip
    r"\bto\s+(?:attend|participate\s+in|take\s+part\s+in)\s+[^.;,]*$"
)
# "X arrived in Seoul on Wednesday for the talks with Y": the day of the arrival, not of the talks
_ARRIVED_FOR_TALKS = re.compile(
    r"\b(?:arrived|arrives|landed|lands)\s+(?:in\s+|at\s+|here\b|there\b)[^.;,]{0,60}?\bfor\s+"
    # ("arrived here earlier in the day for the 2+2 talks with Y")
    r"(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\w+-]+\s+){0,2}?$"
)
# "..., a day before the third edition of the India-US 2+2 dialogue": a contact the day(s) after the news
_DAY_AHEAD_OF = re.compile(
    r"\b(?:(?:a|one|two|three)\s+days?\s+(?:before|ahead\s+of)|on\s+the\s+eve\s+of)\s+(?:the|their|a)\s+"
    r"(?:[\w'’+-]+\s+){0,6}?$",
    _I,
)
_HELD_ON_DAY = re.compile(
    r"[^.;]{0,80}?,\s*(?:which|that)\s+(?:was|were)\s+(?:held|convened)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:earlier\s+(?:today|the\s+same\s+day|that\s+day|in\s+the\s+day)|today|yesterday|"
    r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    _I,
)
_DAY_NAMED = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|(?:the\s+same|that)\s+day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
)
ASIDE = re.compile(r",\s*(?:who|which|whose)\b[^,]*,")  # "X, who is due to ..., met Y"
_ONGOING = re.compile(
    r"\b(?:runs|continues|lasts|goes\s+on)\s+(?:until|till|through|to)\b|\b(?:is|are)\s+(?:still\s+)?under\s?way\b|"
    r"\bcoincides?\s+with\b|\bongoing\b",
    _I,
)
# a running tally in the present perfect ("Since the attack, X has spoken with ..."): contacts of no day
_SUMMARY = re.compile(r"\b(?:has|have)\s+(?:also\s+|already\s+|since\s+)?\S*$", _I)
_ALSO_PERFECT = re.compile(r"\b(?:has|have)\s+also\s+$", _I)
# a contact named with "the" right after "following", "at holding": the one the story already reports
_THE_CONTACT = re.compile(
    r"(?:hold(?:ing)?\s+the\s+)?(?:video[\s-]?)?(?:teleconference|conference|meeting|talks|call|videoconference)\b",
    _I,
)
_PLEASED_AT = re.compile(
    r"\b(?:pleasure|pleased|glad|happy|delighted|gratitude|grateful|thanks|appreciation)\s+"
    r"(?:at|for|in|about)\s+$",
    _I,
)
_FOLLOWING_THE = re.compile(r"^\W*(?:Following|After)\s+the\s+$", _I)
_SEVERAL = re.compile(
    r"\b(?:a\s+(?:number|series|host|string)\s+of|several|many|numerous|various|all)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:counterparts|leaders|ministers|officials|allies|partners|calls|meetings)\b",
    _I,
)
# "spoke with X several times over the weekend": contacts of no one day, however far the phrase stands
_MANY_TIMES = re.compile(
    r"\b(?:several|many|multiple|numerous|a\s+number\s+of)\s+times\b|\bon\s+(?:several|many|numerous|multiple)\s+"
    r"occasions\b",
    _I,
)
# "has signed similar agreements with 10 other countries", "has held talks with France, Austria and the
# United States": a record over many partners, not one contact
_MANY_PARTNERS = re.compile(
    r"\b(?:\d{1,3}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of)\s+"
    r"(?:other\s+)?(?:countries|nations|states)\b|"
    r"\bwith\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*,\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*)*,?\s+and\s+(?:the\s+)?(?-i:[A-Z])",
    _I,
)
# "took part in the exercise in Norway this spring": a season dates an earlier stretch, not a contact's day
_SEASON = re.compile(
    r"\b(?:this|last|earlier\s+this|this\s+past)\s+(?-i:spring|summer|autumn|fall|winter)\b", _I
)
# "during video talks with": the contact is the setting of what the clause reports, not what is wished
_SETTING = re.compile(
    r"\b(?:during|in\s+the\s+course\s+of)\s+(?:(?:the|their|his|her|a|an)\s+)?(?:[\w-]+\s+)?$", _I
)
# "has spoken with X several times since the crisis began": repeated contacts of no one day
_TIMES = re.compile(
    r"\b(?:several|many|multiple|numerous|a\s+number\s+of|two|three|four|five|six)\s+times\b|\brepeatedly\b|"
    r"\bon\s+(?:several|many|numerous|multiple)\s+occasions\b|\bregularly\b|"
    r"\b(?:almost\s+|nearly\s+)?(?:every\s+(?:day|week)|daily|weekly)\b",
    _I,
)
# "has also spoken to X since taking office", "have spoken ... since the attack": contacts reckoned from a
# starting point, of no one day (unless the clause gives one: "has spoken to X today, the first since ...")
_SINCE_START = re.compile(
    r"[^,;.]{0,80}?\bsince\s+(?:taking|assuming|being|his|her|their|the|its|he|she|they|(?-i:[A-Z])|\d)", _I
)
_HELD_SINCE = re.compile(
    r"\b(?:has|have)\s+(?:held|had|conducted|run|hosted)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?[\"“]?$", _I
)
_TODAY = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", _I)
# a time still to come shortly after the trigger, in the same stretch of clause (no comma, "and", "agreed"
# or a day of the contact between: "met on Monday to prepare for the summit next month" is news)
_TO_COME = (
    r"(?:later\s+this\s+(?:year|month|week)|next\s+(?:year|month|week)|"
    r"in\s+the\s+coming\s+(?:days|weeks|months))"
)
_LATER = re.compile(
    r"(?:(?!\band\b|\bagreed\b|\btoday\b|\byesterday\b|\bon\s+[A-Z][a-z]+day\b)[^,;]){0,60}?\b"
    + _TO_COME
    + r"\b",
    _I,
)
# a time still to come in the same stretch before the trigger (no comma, "and" or day of its own between)
_LATER_BEFORE = re.compile(
    r"\b" + _TO_COME + r"\b(?:(?!\band\b|\btoday\b|\byesterday\b|\bon\s+[A-Z][a-z]+day\b)[^,;]){0,60}$",
    _I,
)
# port calls in the plural in a list of fields of cooperation: a topic, not one ship's visit
_VISITS = re.compile(r"port\s+(?:calls|visits)\b", _I)
_TOPIC_LIST = re.compile(
    r"\b(?:including|such\s+as|in\s+the\s+(?:fields?|areas?)\s+of|promote|promoting|expand|expanding|"
    r"increase|increasing|encourage|encouraging)\b[^.;]*$",
    _I,
)
# talks that "are under way" or "ongoing": a negotiation in progress
_UNDER_WAY = re.compile(
    r"talks\b[^.;,]{0,60}?\b(?:is|are)\s+(?:still\s+|already\s+|now\s+)?(?:under\s?way|ongoing|continuing|"
    r"in\s+progress|progressing)\b",
    _I,
)
# "the meeting with Y on Wednesday had been pushed back from Monday", "the drill was called off": a
# contact moved or dropped, not one held
_PUT_OFF = re.compile(
    r"[^.;,]{0,80}?\b(?:(?:had|has|have)\s+been|was|were|is|are|being)\s+(?:again\s+|now\s+)?"
    r"(?:postponed|pushed\s+back|put\s+off|delayed|rescheduled|deferred|called\s+off|cancell?ed|scrapped)\b",
    _I,
)
_WENT_AHEAD = re.compile(r"\b(?:took\s+place|went\s+ahead|was\s+held|were\s+held|finally\s+held)\b", _I)
_RELATIVE = re.compile(r",\s*(?:which|who|whose|where|when|that)\b")
_BARE_RELATIVE = re.compile(
    r"\s(?:which|who|whose|that)\s+(?!was\b|were\b)(?:[a-z]+\s+){0,2}?[a-z]+ed\b|"
    # "..., his first conversation with X since the Senate confirmed him last week": the since-clause's time
    r"\ssince\s+(?:(?:the|he|she|they|a|an|their|his|her)\b|[A-Z])|"
    # "..., his first meeting with a counterpart since taking office last month": the office's time
    r"\ssince\s+(?:taking|assuming|entering)\s+(?:office|his\s+post|her\s+post|the\s+post)\b|"
    # "..., amid strained relations over a radar dispute late last year": the dispute's time, not the talks'
    r"\samid\s+(?:[\w'’-]+\s+){0,3}?(?:relations|ties|tensions?|disputes?|rows?|feuds?|spats?|standoffs?)\s+"
    r"(?:over|between|with|after|about)\b"
)
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall)\b|\b(?:is|are|was|were)\s+(?:also\s+)?(?:scheduled|due|expected|set|slated|likely|poised)\s+to\b|"
    # "X was also expected in Tehran for talks": an arrival still to come
    r"\b(?:is|are|was|were)\s+(?:also\s+)?(?:expected|due)\s+(?:in|at)\s+(?-i:[A-Z])|"
    # "he travels next to South Korea for talks with X": the next leg of a tour
    r"\b(?:travels|heads|flies|goes|moves)\s+(?:next|on)\b",
    _I,
)
_FUTURE = re.compile(
    # "X is also expected to call on Y during the visit": still to come
    r"\bwill\b|\btomorrow\b|\bnext (?:week|month|year)\b|"
    r"\b(?:is|are) (?:also )?(?:due|scheduled|expected|set) to\b|"
    # "X and Y last met in Paris on Aug. 17, when ...": the contact before, told with its setting
    r"\blast\s+(?:spoke|talked|met|conferred)\b[^;]{0,100}?,\s+when\b[^;]*?\b(?:held|hold|met|signed|talks|"
    r"meeting|dialogue)\b|"
    r"^\s*Background\b",
    _I,
)
_SEGMENT = re.compile(
    r"(?:,\s*|\s+)(?P<lead>(?:a|one|two|three) days?\s+|shortly\s+|soon\s+|hours\s+|a week\s+)?"
    r"(?P<rel>before|after|ahead of)\s+(?=(?:the two|he|she|they|their|his|her|[A-Z]|(?(lead)the\b|(?!))))|"
    # "was received by General X, ..., and later by Foreign Minister Y": a second host, a second contact
    r",?\s+and\s+(?=(?:later|then|afterwards|subsequently)\s+by\s+)|"
    # "where he first called on X at the palace and then held talks with Y": a second host, a second contact
    r",?\s+and\s+(?=(?:later|then|afterwards|subsequently)\s+(?:held|met|called\s+on|hosted|received)\b)|"
    # "met this morning with Prime Minister X at the government building, then held talks with Y"
    r",\s+(?=then\s+(?:held|met|called\s+on|hosted|received)\b)|"
    # "met with X ..., and then paid a courtesy call on Y", "held a meeting and afterward signed a letter
    # of intent": a second contact, or a signing of its own after the talks
    r",?\s+and\s+(?=(?:later|then|afterwards?|subsequently)\s+(?:paid\s+(?:a\s+)?(?:courtesy\s+)?"
    r"(?:call|visit)\s+on|signed|inked)\b)|"
    # "held talks via video link on Tuesday, during which the two sides signed a roadmap": a signing at the
    # talks (a record of its own when the talks were held remotely)
    r",\s+(?:during|at)\s+which\s+(?=(?:the\s+two(?:\s+sides|\s+ministers)?|they|both(?:\s+sides)?)\s+"
    r"(?:also\s+)?(?:signed|inked)\b)|"
    # "The two states signed a pact on Saturday, as Prime Minister X and President Y held talks at Z": the
    # leaders' talks, a contact beside the signing
    r",\s+as\s+(?=(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){1,5}\s+and\s+(?-i:[A-Z])[\w.'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w.'’-]*){1,5}\s+held\s+(?:[\w-]+\s+){0,2}?talks\b)"
)

_LATER_BY = re.compile(r"(?:later|then|afterwards|subsequently)\s+by\s", _I)
# a trip made to meet someone: "made a trip to X to meet", "flew to X on Monday to hold talks with"
# ("has travelled to Oman to sign the agreement today alongside X": a signing made on the trip)
_MEET = re.compile(r"(?:meet|hold\s+talks|sign)\b", _I)
_TRIP_TO_MEET = re.compile(
    r"(?:\b(?:made|paid)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:trip|visit|journey)\b|"
    r"\b(?:flew|travelled|traveled|went|drove|rushed|headed|came)\b)"
    r"[^.;,]{0,80}?\bto\s+$",
    _I,
)
# "..., X said on Sunday as she hosted Y": the contact in which the remark was made
_REMARK_AS = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists)|announced|declared)\b[^.;\"“”]{0,60}?"
    r"\b(?:as|while|when)\s+(?:he|she|they)\b|"
    # "The US will station 500 more troops in Germany, X said on Tuesday after talks with Y": the future is
    # the remark's, the talks it follows are the news
    r"\b(?:said|says|told\s+(?:reporters|journalists)|announced)\s+(?:on\s+\w+day\s+|today\s+|yesterday\s+)?"
    r"after\s+(?:holding\s+)?(?:(?:a|his|her|their)\s+)?$|"
    # "Japan will buy ..., X said on Wednesday after meeting Y": the remark right before the trigger word
    r"\b(?:said|says|told\s+(?:reporters|journalists)|announced)\s+(?:on\s+\w+day\s+|today\s+|yesterday\s+)?$",
    _I,
)
_RECEIVED = re.compile(r"\b(?:received|welcomed|hosted|greeted)\b", _I)
# "The two states will work closer after X and Y signed an agreement in London today": the main clause's
# future is not the signing's, a past contact of a named day that the after-clause reports
_DONE_AFTER = re.compile(r"\b(?:after|now\s+that)\s+(?=(?:[\w'’.-]+\s+){1,10}$)", _I)
_PAST_TRIGGER = re.compile(r"(?:signed|met|held|concluded|inked)\b", _I)
_DONE_DAY = re.compile(
    r"\b(?:today|yesterday|this\s+(?:morning|afternoon|evening)|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    _I,
)


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    type: str
    background: bool
    generic: bool = False  # plain "military talks" / "defence dialogue" wording, no named mechanism


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    offset_days: int  # shift against the main clause's date ("a day after" = -1)
    sub: bool


# "X held talks with Y in Port Vila, and the two then signed the agreement": a second act of the day
_CALL_ON_CUT = re.compile(r"\s+and\s+(?=(?:also\s+)?called\s+on\s+(?:the\s+)?(?-i:[A-Z]))")
_THEN_CUT = re.compile(r",\s+and\s+(?=(?:the\s+two|they|both)\b[^,.;]{0,25}?\bthen\b)")
# "X met A at the palace after holding talks with B at the ministry earlier in the day": a second host
_EARLIER_TALKS_CUT = re.compile(
    r"\s+after\s+(?=(?:holding|having\s+held)\s+(?:[\w-]+\s+)?talks\s+with\s+[^.;]{0,160}?"
    r"\bearlier\s+(?:in\s+the|that|the\s+same)\s+day\b)",
    _I,
)
# "the allies held their first talks in Seoul, as a US submarine pulled into Busan": a ship's call of its own
_SHIP_AS_CUT = re.compile(
    r",\s+as\s+(?=(?:a|an|the)\s+(?:[\w.'’-]+\s+){0,6}?(?:submarine|ship|warship|frigate|destroyer|corvette|"
    r"carrier|cruiser|vessel)s?\s+(?:(?:also|later|then)\s+)?(?:pulled|sailed|steamed|docked|berthed|arrived|"
    r"called|made)\b)",
    re.I,
)


def segments(text: str, start: int, end: int) -> list[Segment]:
    """The sentence cut into its main clause and 'before/after' clauses that may report other events."""
    cuts = [
        m
        for m in _SEGMENT.finditer(text, start, end)
        # "signed by A, and later by B" is one act: only a host's reception has a second host
        if not _LATER_BY.match(text, m.end()) or _RECEIVED.search(text, start, m.start())
    ]
    # "held talks with X in Y on Tuesday and called on President Z the same day": a second host
    # (any of the meeting patterns: several stand in TRIGGERS, the main one not necessarily first)
    meetings = [p for k, p in TRIGGERS if k == "meeting"]
    calls = [
        m
        for m in _CALL_ON_CUT.finditer(text, start, end)
        if any(p.match(text, m.end(), end) for p in meetings)
    ]
    cuts = sorted(
        [
            *cuts,
            *_THEN_CUT.finditer(text, start, end),
            *_SHIP_AS_CUT.finditer(text, start, end),
            *calls,
            *_EARLIER_TALKS_CUT.finditer(text, start, end),
        ],
        key=lambda m: m.start(),
    )
    if not cuts:
        return [Segment(start, end, 0, False)]
    out = [Segment(start, cuts[0].start(), 0, False)]
    for i, m in enumerate(cuts):
        stop = cuts[i + 1].start() if i + 1 < len(cuts) else end
        shift = 0
        days = re.match(r"(a|one|two|three) days?", m.groupdict().get("lead") or "")
        if days:
            n = {"a": 1, "one": 1, "two": 2, "three": 3}[days.group(1)]
            shift = -n if m.group("rel") == "after" else n
        out.append(Segment(m.end(), stop, shift, True))
    return out


# "Indonesia has a similar 2+2 format with several partners": a standing format a state has
_STANDING_FORMAT = re.compile(
    r"\b(?:has|have|maintains?|runs?)\s+(?:a|an|its\s+own|their\s+own)?\s*(?:(?:similar|such|comparable|"
    r"standing|regular|established)\s+)?(?:[\w+-]+\s+){0,1}?$",
    _I,
)
_FORMAT_WITH = re.compile(r"[\w+-]*\s+(?:[\w-]+\s+)?(?:format|mechanism|arrangement)s?\s+with\b", _I)


# "WASHINGTON, Dec 4 (Reuters) - ": a wire story's dateline opening its lead
_DATELINE_LEAD = re.compile(
    r"[A-Z][A-Z .'’-]+,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s+\([\w .]+\)\s*(?:-|–|—|--)\s"
)
_SAID_ON_DAY = re.compile(
    r"\b(?:said|told|confirmed|disclosed|revealed)\s+(?:\w+\s+)?(?:on\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today)\b"
)


def _revealed_lead(text: str, seg_start: int, past_end: int, trig_start: int) -> bool:
    """'WASHINGTON, Dec 4 (Reuters) - X spoke by telephone with Y last week, ..., a U.S. official said on
    Wednesday': a wire lead that reveals last week's contact is the story's news, not background."""
    if not _DATELINE_LEAD.match(text, seg_start):
        return False
    if any(m.group(0).lower() != "last week" for m in _PAST_CLAUSE.finditer(text, seg_start, past_end)):
        return False
    stop = text.find("\n", trig_start)  # the lead's paragraph ("U.S. official" holds a full stop)
    return _SAID_ON_DAY.search(text, trig_start, stop if stop != -1 else len(text)) is not None


# "chaired a videoconference of G7 leaders", "a meeting of NATO defence ministers": a contact of a group's
# members by the group's name is multilateral (not "a meeting of Indian and Thai ministers")
_OF_GROUP_MEMBERS = re.compile(
    r"[\w-]+\s+of\s+(?:the\s+)?(?-i:[A-Z][\w+-]*)\s+(?:(?!and\b)[a-z-]+\s+){0,2}?"
    r"(?:leaders|ministers|heads\s+of\s+(?:state|government)|chiefs|counterparts)\b"
)


def _is_background(text: str, seg_start: int, seg_end: int, trig_start: int, kind: str) -> bool:
    """Planned, hoped-for, earlier or repeated contacts are background, not news."""
    before = text[max(seg_start, trig_start - 40) : trig_start]
    if kind in ("meeting", "video_call", "call", "dialogue") and _OF_GROUP_MEMBERS.match(text, trig_start):
        return True
    # "made a last-minute trip to X late on Thursday to meet Y": the purpose of a trip made; what stands
    # before the trip's verb says whether it is news ("had flown to X to meet Y" is not)
    trip = _TRIP_TO_MEET.search(text, seg_start, trig_start) if _MEET.match(text, trig_start) else None
    # "X had phone talks with Y on Thursday": the news itself ("had met", "had held talks" are earlier)
    had_talks = bool(trip is None and re.search(r"\bhad\s+$", before) and _HAD_TALKS.match(text, trig_start))
    # "QNA said two U.S. Navy vessels had arrived in Doha on Wednesday": reported speech, the day's news
    had_talks = had_talks or (
        trip is None
        and _SAID_HAD.search(text, max(seg_start, trig_start - 120), trig_start) is not None
        and _ON_WEEKDAY.search(text[trig_start : min(seg_end, trig_start + 60)]) is not None
    )
    if not had_talks and _BACKGROUND_PREFIX.search(
        text[max(seg_start, trip.start() - 40) : trip.start()] if trip else before
    ):
        return True
    if _YEAR_WHEN.search(text, max(seg_start, trig_start - 120), trig_start):
        return True  # "ties go back to 1945, when King X and President Y met aboard a cruiser": history
    if _BUILT_ON.search(text, max(seg_start, trig_start - 80), trig_start):
        return True
    if _NOTING_PERFECT.search(text, max(seg_start, trig_start - 140), trig_start):
        return True  # "..., noting that the Philippines has concluded an agreement with Japan": a record
    if _SINCE_BEFORE.search(before):
        return True  # "a key pillar since the signing of a defence agreement in 2003": the time reckoned from
    if _ARRIVED_AFTER_HOLDING.search(text, seg_start, trig_start):
        return True  # "X arrived in Bangkok after holding the annual SCM with Y in Seoul": the leg before
    if _BEFORE_ARRIVING.match(text, seg_start, trig_start):
        return True  # "Before arriving in Vietnam, the group made a port visit to Guam": the leg before
    if _ARRIVED_AFTER.search(text, max(seg_start, trig_start - 120), trig_start):
        return True  # "arrived in Seoul on Wednesday after talks in Tokyo": a contact before the arrival
    if _FIRST_SINCE_ASIDE.match(text, seg_start, trig_start):
        return True  # "It was the first face-to-face meeting of the two, who held a video call in May"
    if _LAST_CONTACT.match(text, trig_start, seg_end):
        return True  # "The two Secretaries last spoke by telephone on 6 February": the contact before
    if _LAST_WHEN.search(text, max(0, trig_start - 200), trig_start):
        return True  # "X and Y last met in Paris on Aug. 17, when the ministers held 2+2 talks": that one
    if _OF_MANY.match(text, trig_start, seg_end):
        return True  # "a virtual meeting of the X Contact Group": many states, no bilateral contact
    if _STANDING_FORMAT.search(before) and _FORMAT_WITH.match(text, trig_start, seg_end):
        return True  # "X has a similar 2+2 format with Japan and Australia": a format it has, no meeting
    wish = _WISH.search(text, seg_start, trig_start)
    if (
        wish
        and not _SETTING.search(before)
        and not _SAID.search(text, wish.end(), trig_start)
        # "agreed to push ahead with plans to ..., as the ministers met for their 2+2": another clause
        and not _AS_CLAUSE.search(text, wish.end(), trig_start)
    ):
        # "voiced support for Germany's plan ... during video talks with Y": the talks are news, and so are
        # those of an attribution ("The two hope to ..., X said after meeting Y")
        return True
    if _EARLIER_CLAUSE.search(text, max(0, seg_start - 30), seg_start) and not _DAY_BEFORE.search(
        text, max(0, seg_start - 30), seg_start
    ):
        return True  # "The call came after the two met in Auckland": the clause is about an earlier contact
    late = _CAME_AFTER_IN.search(text, max(0, trig_start - 250), trig_start)
    if (
        late is not None
        and not _SAME_DAY_GAP.fullmatch(late.group("gap"))
        and not _SAME_DAY.search(text, late.start("rest"), seg_end)
    ):
        # "The ship's arrival came days after a U.S. Navy vessel called at the port", "The exercise comes
        # close on the heels of the 2+2 held on September 6, at which the two signed ...": earlier contacts
        # (not "came a day after X met Y", a contact of the day before, news of its own)
        return True
    # "Denmark will donate 19 jets, X said on Sunday as she hosted Y": the future is the remark's
    remark = [m.end() for m in _REMARK_AS.finditer(text, seg_start, trig_start)]
    told = remark[-1] if remark else seg_start
    done = _DONE_AFTER.search(text, told, trig_start)
    if done and _PAST_TRIGGER.match(text, trig_start) and _DONE_DAY.search(text, trig_start, seg_end):
        told = done.end()  # "The two will work closer after X and Y signed a pact today": the signing is news
    if _FUTURE_BEFORE.search(ASIDE.sub(" ", text[told:trig_start])):
        return True
    if _LATER_BEFORE.search(ASIDE.sub(" ", text[told:trig_start])):
        return True  # "X and Y travel on to Britain later this week for talks with ...": a trip to come
    if kind == "agreement" and _FIRMS.search(
        text, max(seg_start, trig_start - 80), min(seg_end, trig_start + 120)
    ):
        return (
            True  # "a contract was signed with manufacturer X", "shipbuilder X and shipyard Y signed": firms
        )
    if kind == "agreement" and _SIGNED_BEFORE.search(text, max(seg_start, trig_start - 80), trig_start):
        return True  # "implementation of the agreements the two countries have signed": signed long ago
    if (
        kind == "agreement"
        and _SIMILAR_SIGNED.match(text, trig_start, seg_end)
        and not _DAY_NAMED.search(text, seg_start, seg_end)
    ):
        return True  # "Washington has signed similar agreements with X and Y": like deals, for comparison
    if kind in ("call", "video_call", "meeting") and _WITH_SEVERAL.match(text, trig_start, seg_end):
        return True  # "in phone calls to several Western counterparts in recent days": a tally
    if _FOLLOWS_ONES.search(text, max(seg_start, trig_start - 80), trig_start):
        return True  # "The call follows President X's meeting with Y": the earlier contact
    if _FOLLOWS_ATTENDANCE.search(text, max(seg_start, trig_start - 200), trig_start):
        return True  # "The visit follows X's attendance at the A in Bangkok and the B in Seoul": stops before
    if _ATTENDED_ASIDE.search(text, max(seg_start, trig_start - 120), trig_start) and _THEN_ON_TRIP.match(
        text, trig_start, seg_end
    ):
        return True  # "X, who attended a meeting with Y in Sydney on Sunday, is on his first trip": done
    if _TO_BE_HELD.match(text, trig_start, min(seg_end, trig_start + 150)):
        return True  # "the next meeting of the Committee would be held in India later this year"
    if _STILL_AHEAD.match(text, trig_start, min(seg_end, trig_start + 150)):
        return True  # "the second 2+2, which they are to attend later today": not held yet
    if _HAD_SAID.search(text, max(0, trig_start - 150), trig_start):
        return (
            True  # "X had said in February, after his meeting with Y, that ...": an earlier remark's setting
        )
    if _IN_TOWN_FOR.search(text, max(seg_start, trig_start - 120), trig_start) and not _HELD_ON_DAY.match(
        text, trig_start, seg_end
    ):
        # (but "is visiting to attend the 2+2, which was held earlier the same day": reported as held)
        return True  # "General X is in India for the inaugural 2+2": why he came, not the report of it
    stop = _EARLIER_STOP.search(text, max(0, trig_start - 250), trig_start)  # across a clause cut too
    if stop is not None and (
        not _DAY_NAMED.search(text, stop.start("where"), seg_end)
        # "arrived from Tokyo, where they held a similar 2+2 on Sunday": a like contact, for contrast
        or _SIMILAR.search(text, stop.start("where"), trig_start)
    ):
        return True  # "arrived in Colombo from New Delhi, where he held talks with ...": the leg before
        # (with a day of its own, "where he met X on Tuesday", it is news)
    rel = _RELATIVE.search(text, trig_start, seg_end)
    ongoing = kind == "exercise" and _ONGOING.search(text, seg_start, seg_end)
    # "... to rebuild a relationship that collapsed seven years ago": the relative clause's own time
    bound = _BARE_RELATIVE.search(text, trig_start, rel.start() if rel else seg_end)
    past_end = bound.start() if bound else rel.start() if rel else seg_end
    if (
        _past_match(text, seg_start, past_end)
        and not ongoing
        and not _revealed_lead(text, seg_start, past_end, trig_start)
    ):
        return True  # an exercise that "opened earlier this month and runs until ..." is still news
    seasonal = _SEASON.search(text, seg_start, seg_end)
    if seasonal and not ongoing and not _DAY_NAMED.search(text, seg_start, seg_end):
        return True  # "British troops took part in the drill in Norway this spring": an earlier stretch
    if _LATER.match(text, trig_start, rel.start() if rel else seg_end):
        return True  # "confirmed to hold the 2+2 in Tokyo later this year"
    if _SUMMARY.search(text, seg_start, trig_start) and (
        _SEVERAL.search(text, trig_start, seg_end)
        or _TIMES.search(text, trig_start, seg_end)
        or (
            _MANY_PARTNERS.search(text, trig_start, seg_end)
            and not _DAY_NAMED.search(text, seg_start, seg_end)
        )
    ):
        return True  # "Since the attack, X has spoken with a number of his counterparts": a tally
    if (
        _SUMMARY.search(text, seg_start, trig_start)
        and _SINCE_START.match(text, trig_start, seg_end)
        and not _DAY_NAMED.search(text, seg_start, seg_end)
        and not _TODAY.search(text, seg_start, seg_end)
    ):
        return True  # "the Prime Minister has also spoken to X since taking office": contacts of no day
    if (
        kind in ("call", "video_call", "meeting")
        and _ALSO_PERFECT.search(text, seg_start, trig_start)
        and not _DAY_NAMED.search(text, seg_start, seg_end)
        and not _TODAY.search(text, seg_start, seg_end)
    ):
        return True  # "Singh has also spoken with X over the phone": another contact told in passing, no day
    if (
        kind == "port_call"
        and _VISITS.match(text, trig_start)
        and _TOPIC_LIST.search(text, seg_start, trig_start)
    ):
        return True  # "agreed to promote exchanges, including ... port calls by JSDF vessels": a field
    if _BRIEFED_ON.search(text, max(seg_start, trig_start - 100), trig_start):
        return True  # "called on Y and apprised him of the discussions at the Dialogue": the talks told of
    if kind in ("meeting", "dialogue") and _ARRIVED_FOR_TALKS.search(
        text, max(seg_start, trig_start - 120), trig_start
    ):
        return True  # "X arrived in Seoul on Wednesday for the talks with Y": why he came
    if kind in ("meeting", "dialogue") and _DAY_AHEAD_OF.search(text, max(0, trig_start - 80), trig_start):
        return True  # "X and Y met on Monday, a day before the third edition of their 2+2": still to come
    if _RESOLVED_TO_HOLD.search(text, max(seg_start, trig_start - 80), trig_start):
        return True  # "the two Ministers concurred to hold a '2+2' at an early date": not held yet
    if kind in ("call", "video_call", "meeting") and _THE_CONTACT.match(text, trig_start):
        if _PLEASED_AT.search(text, seg_start, trig_start):
            return True  # "expressed his pleasure at holding the meeting with Y": the contact reported
        if (
            _FOLLOWING_THE.search(text[seg_start:trig_start])
            and not re.match(r"\S+(?:\s+\S+)?\s+(?:with|between)\b", text[trig_start:seg_end])
            and not _DAY_NAMED.search(text, seg_start, seg_end)
        ):
            return True  # "Following the teleconference, the Memorandum was signed": the contact reported
    if _HELD_SINCE.search(text, max(seg_start, trig_start - 40), trig_start) and _SINCE_START.match(
        text, trig_start, seg_end
    ):
        return True  # "The UK and Japan have held the "2+2" format since 2015": a standing practice
    if kind == "meeting" and _UNDER_WAY.match(text, trig_start):
        return True  # "talks with France are under way": negotiations going on, not a contact of a day
    if _PUT_OFF.match(text, trig_start, seg_end) and not _WENT_AHEAD.search(text, trig_start, seg_end):
        return True  # "X's meeting with Y on Wednesday had been pushed back from Monday": not held yet
    if (
        kind in ("call", "video_call", "meeting")
        and _MANY_TIMES.search(text, trig_start, seg_end)
        and not _DAY_NAMED.search(text, seg_start, seg_end)
    ):
        return True  # "Secretary X spoke with Foreign Minister Y several times over the weekend": a tally
    return bool(
        kind in ("call", "video_call", "meeting")
        and _REPEAT.search(text, seg_start, trig_start + 60)
        # ("called Li a second time on Jan. 8, 2021": the repeat told with a full date of its own)
        and not _AGAIN_ON_DATE.match(text, trig_start, seg_end)
    )


def find(text: str, seg: Segment) -> list[Trigger]:
    """Type triggers in a clause, each marked background or not (cached: scopes ask again)."""
    return list(_find_cached(text, seg.start, seg.end))


@functools.lru_cache(maxsize=1024)
def _find_cached(text: str, start: int, end: int) -> tuple[Trigger, ...]:
    return tuple(_find(text, Segment(start, end, 0, False)))


# "ahead of the signing of the agreement": a signing still to come
_BEFORE_SIGNING = re.compile(
    r"\b(?:ahead\s+of|before|prior\s+to|towards?|for|pave\s+the\s+way\s+for|paving\s+the\s+way\s+for|"
    r"preparations?\s+for|discussed|discuss|expected)\s+(?:the\s+|a\s+|an\s+)?$",
    _I,
)


def _find(text: str, seg: Segment) -> list[Trigger]:
    out: list[Trigger] = []
    for kind, pattern in TRIGGERS:
        for m in pattern.finditer(text, seg.start, seg.end):
            background = _is_background(text, seg.start, seg.end, m.start(), kind)
            if m.group(0)[:7].lower() == "signing":
                background = background or bool(
                    _BEFORE_SIGNING.search(text, max(0, m.start() - 40), m.start())
                )
            generic = kind == "dialogue" and bool(_GENERIC_TALKS.fullmatch(m.group(0)))
            out.append(Trigger(m.start(), m.end(), kind, background, generic))
    ex = _EXERCISE_WORD.search(text, seg.start, seg.end)
    verb = _EXERCISE_VERB.search(text, seg.start, seg.end)
    today = _BEGIN_TODAY.search(text, seg.start, seg.end) if verb is None else None
    if ex and today and ex.start() > today.start("verb"):
        # "HMS X will be visible for two days as they begin Exercise Y today": the as-clause is today's
        # start (the future of the clause before it is another matter)
        own = today.start() if today.group("clause") else seg.start
        out.append(
            Trigger(
                ex.start(),
                ex.end(),
                "exercise",
                _is_background(text, own, seg.end, today.start("verb"), "exercise"),
            )
        )
    will = _WILL_FROM_TODAY.search(text, seg.start, seg.end) if verb is None and today is None else None
    if will is not None:
        # "the two navies would conduct a trilateral exercise from this evening": it opens on the day
        at = will.start("ex")
        multi = MULTINATIONAL.search(text, max(seg.start, at - 40), at) is not None
        out.append(Trigger(will.start("ex"), will.end("ex"), "exercise", multi))
    if ex and verb:
        # "visited the multinational RIMPAC naval exercise": a multilateral drill is no bilateral contact
        multi = MULTINATIONAL.search(text, max(seg.start, ex.start() - 40), ex.start()) is not None
        # "thanked him for co-hosting Exercise X": an exercise named as the object of thanks is over
        multi = multi or _THANKED_FOR.search(text, max(seg.start, ex.start() - 60), ex.start()) is not None
        out.append(
            Trigger(
                ex.start(),
                ex.end(),
                "exercise",
                multi or _is_background(text, seg.start, seg.end, verb.start(), "exercise"),
            )
        )
    pc = _PORT_CALL.search(text, seg.start, seg.end)
    if pc is None:
        arrival = _SHIP_ARRIVAL.search(text, seg.start, seg.end)
        if arrival and _SHIPS.search(text, seg.start, arrival.start()):
            pc = arrival
    if pc:
        out.append(
            Trigger(
                pc.start(),
                pc.end(),
                "port_call",
                _is_background(text, seg.start, seg.end, pc.start(), "port_call"),
            )
        )
    return sorted(out, key=lambda t: t.start)


# "Later in the day, X received Y at the palace": the verb right before a guest named bare
_RECEIVED_BARE = re.compile(
    r"\b(?:received|receives|welcomed|welcomes)\s+"
    # "received on Wednesday Russian Defence Minister X": the day, then the guest's office before the name
    r"(?:(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday)\s+"
    r"(?:[A-Z][\w'’-]*\s+){0,5})?$"
)


def received_guest(text: str, seg: Segment, spans: list[tuple[int, int]]) -> list[Trigger]:
    """'Erdogan received Gantz at the Presidential Complex': a host named before the verb and a guest the
    people finder knows by name right after it (not 'received Gantz's letter', 'received a briefing')."""
    out = []
    for start, end in spans:
        if not seg.start <= start < seg.end or re.match(r"['’]s\b", text[end : end + 3]):
            continue
        m = _RECEIVED_BARE.search(text, max(seg.start, start - 80), start)
        if m is None or not any(seg.start <= a and b <= m.start() for a, b in spans):
            continue
        verb = m.start() + len(m.group(0).rstrip())
        background = _is_background(text, seg.start, seg.end, m.start(), "meeting")
        out.append(Trigger(m.start(), verb, "meeting", background))
    return out


_OPENING = re.compile(
    r"\b(?:opening|inaugural|closing)\s+ceremony\b[^.;]{0,40}?\b(?:was|were)\s+held\b|"
    r"\b(?:opened|inaugurated)\b(?!\s+(?:a|an|another|new)\b)",  # not "they opened a military complex"
    _I,
)


def opening(text: str, seg: Segment, previous: str) -> Trigger | None:
    """'The opening ceremony was held today' after a sentence naming an exercise: the exercise began."""
    m = _OPENING.search(text, seg.start, seg.end)
    if m is None or not _EXERCISE_WORD.search(previous):
        return None
    return Trigger(
        m.start(), m.end(), "exercise", _is_background(text, seg.start, seg.end, m.start(), "exercise")
    )


def choose(triggers: list[Trigger]) -> Trigger | None:
    """The trigger that types the clause: the highest-priority one that is not background."""
    live = [t for t in triggers if not t.background]
    if not live:
        return None
    if any(t.type in ("call", "video_call") for t in live):
        # "held a video call ..., the first such military talks": the mode word says how they talked
        live = [t for t in live if not (t.type == "dialogue" and t.generic)]
    return min(live, key=lambda t: (PRIORITY.index(t.type), t.start))


# "... on Monday, his first trip since taking the top job less than two weeks ago": the since-phrase's
# "ago" dates the start of a span up to now, not the contact the clause reports
_SINCE_AGO = re.compile(r"\bsince\b[^.;,:]{0,80}$", _I)
# "... to congratulate him on his appointment as head of the ministry last month": what is congratulated on
_CONGRATULATED_ON = re.compile(
    r"\bcongratulat\w*\s+(?:\w+\s+)?(?:on|for|upon)\s+(?:his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:appointment|election|re-?election|victory|win|swearing-in|inauguration|nomination|confirmation)\b"
    r"[^.;,:]{0,100}$",
    _I,
)


def _past_match(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first wording of `text[start:end]` that puts the contact in the past, leaving out an 'ago' that
    ends a since-phrase."""
    for m in _PAST_CLAUSE.finditer(text, start, len(text) if end is None else end):
        if m.group(0).lower().endswith(" ago") and _SINCE_AGO.search(
            text, max(start, m.start() - 90), m.start()
        ):
            continue
        if _CONGRATULATED_ON.search(text, max(start, m.start() - 140), m.start()):
            continue  # "called Y to congratulate him on his appointment last month": the post's time
        return m
    return None


def is_past(sentence: str) -> bool:
    """A sentence dated to an earlier period ('last month', 'weeks ago')."""
    return _past_match(sentence) is not None


def is_stop(sentence: str) -> bool:
    """A sentence about the future or marked as background ends an engagement's scope."""
    return bool(_FUTURE.search(sentence))
