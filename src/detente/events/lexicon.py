"""The event lexicon: verb and noun frames, the CAMEO table and the factuality words, read once.

Everything here comes from the YAML and CSV files in `data/`; this module only parses them into
lookup tables keyed by lemma, so detection does one dictionary look-up per token.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

from detente.datafiles import load_yaml
from detente.nlp.words import word_class, word_list
from detente.rules import is_on, switched_off_ids, without_rule_keys

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    plover: str | None
    mode: str | None
    contexts: tuple[str, ...]

    @cached_property
    def quad_class(self) -> int:
        """QuadClass from the CAMEO root: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."""
        root = int(self.code[:2])
        if root <= 5:
            return 1
        if root <= 8:
            return 2
        if root <= 13:
            return 3
        return 4


@dataclass(frozen=True)
class Frame:
    """One way of saying an event: a verb or noun pattern and what it codes to."""

    kind: str  # verb | noun
    pattern: str  # as written in the data file, e.g. "impose +sanction"
    head: str  # the lemma that triggers it
    words: tuple[str, ...]  # other words that must be attached (particles, prepositions, modifiers)
    obj: tuple[str, ...]  # the direct object's words, head last ("tear gas"), or ()
    event_type: str
    cameo: str
    mode: str | None
    contexts: tuple[str, ...]
    roles: str | None = None  # reciprocal | host
    target_preps: tuple[str, ...] = ()
    wrapper: bool = False
    transitive: bool = False
    intransitive: bool = False
    possessor_target: bool = False
    except_objects: frozenset[str] = frozenset()  # objects that make the pattern something else
    # the verb of a 'to' complement that makes the pattern something else: "declined to comment" refuses no one
    except_complements: frozenset[str] = frozenset()
    needs_prep: tuple[str, ...] = ()  # a noun that is an event only with one of these: "call for", "call on"
    plural: bool = False  # a noun that is an event only in the plural: "hostilities" is fighting, "hostility" a mood
    topic_object: bool = False  # the object is what is talked about, not a partner ("discussed the fate of ...")
    modifier_source: bool = False  # a lone noun may stand with a doer in front: "police firing", "US airstrikes"
    jointly: str | None = None  # the CAMEO code when several parties do it together ("joint exercises": 062)
    complement: bool = False  # a verb frame that needs a clause for what the object is to do ("ordered X to leave")
    imposes: tuple[str, ...] = ()  # inner types a wrapper does itself rather than ask for ("ordered X to close")
    particle: bool = False  # the pattern's words must be the verb's particles ("took in refugees"; senses.yaml)
    specificity: int = field(default=0, compare=False)

    @cached_property
    def evidence(self) -> str:
        """How the frame is cited in a record (worked out once per frame: the records ask for it per event)."""
        if self.kind == "model":
            return f"model:{self.event_type}"
        if self.kind.startswith("lexicon+model:"):  # a rule trigger the model retyped
            return f"{self.kind}:{'+'.join(self.pattern.replace('+', '').split())}>{self.event_type}"
        return f"lexicon:{self.kind}:{'+'.join(self.pattern.replace('+', '').split())}"


def _data_text(name: str) -> str:
    return resources.files("detente.events").joinpath("data", name).read_text(encoding="utf-8")


def _yaml(name: str) -> Any:
    return load_yaml(_data_text(name))


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    rows = csv.DictReader(_data_text("cameo.csv").splitlines())
    table = {}
    for row in rows:
        contexts = tuple(c for c in (row["contexts"] or "").split(";") if c)
        table[row["code"]] = CameoCode(row["code"], row["name"], float(row["goldstein"]), row["plover"] or None,
                                       row["mode"] or None, contexts)
    return table


def cameo_code(code: str) -> CameoCode | None:
    """The code, else its nearest listed parent (a 4-digit code falls back to its 3-digit one)."""
    table = cameo_table()
    while code:
        if code in table:
            return table[code]
        code = code[:-1]
    return None


def _verb_frame(pattern: str, event_type: str, entry: dict[str, Any]) -> Frame:
    parts = pattern.split()
    head, rest = parts[0], parts[1:]
    obj_start = next((i for i, w in enumerate(rest) if w.startswith("+")), len(rest))
    words = tuple(rest[:obj_start])
    obj = tuple(w.lstrip("+") for w in rest[obj_start:])
    return _frame("verb", pattern, head, words, obj, event_type, entry)


def _noun_frame(pattern: str, event_type: str, entry: dict[str, Any]) -> Frame:
    parts = pattern.split()
    # "state of emergency": the head is the word before "of"; otherwise the last word
    head_index = parts.index("of") - 1 if "of" in parts[1:] else len(parts) - 1
    head = parts[head_index]
    words = tuple(w for i, w in enumerate(parts) if i != head_index)
    return _frame("noun", pattern, head, words, (), event_type, entry)


def _frame(kind: str, pattern: str, head: str, words: tuple[str, ...], obj: tuple[str, ...], event_type: str,
           entry: dict[str, Any]) -> Frame:
    cameo = str(entry["cameo"])
    code = cameo_code(cameo)
    mode = entry.get("mode", code.mode if code else None)
    contexts = tuple(entry.get("contexts", code.contexts if code else ()))
    only_intransitive = _applies(entry.get("intransitive"), head)
    only_transitive = _applies(entry.get("transitive"), head)
    return Frame(kind=kind, pattern=pattern, head=head, words=words, obj=obj,
                 event_type=entry.get("type", event_type), cameo=cameo, mode=mode, contexts=contexts,
                 roles=entry.get("roles"), target_preps=tuple(entry.get("target", ())),
                 wrapper=bool(entry.get("wrapper")), transitive=only_transitive,
                 intransitive=only_intransitive, possessor_target=entry.get("possessor") == "target",
                 except_objects=frozenset(entry.get("except_objects", ())),
                 except_complements=frozenset(entry.get("except_complements", ())),
                 modifier_source=bool(entry.get("modifier_source")),
                 needs_prep=tuple(str(p) for p in entry.get("needs_prep", ())), plural=bool(entry.get("plural")),
                 topic_object=bool(entry.get("topic_object")),
                 jointly=str(entry["jointly"]) if entry.get("jointly") else None,
                 complement=bool(entry.get("complement")), imposes=tuple(entry.get("imposes", ())),
                 particle=bool(entry.get("particle")),
                 specificity=len(words) + 2 * len(obj) + int(bool(entry.get("complement"))))


def _applies(flag: bool | list[str] | None, head: str) -> bool:
    """A flag given as true (every verb of the entry) or as a list of the verbs it concerns."""
    return head in flag if isinstance(flag, list) else bool(flag)


def _index(frames: list[Frame]) -> dict[str, tuple[Frame, ...]]:
    by_head: dict[str, list[Frame]] = {}
    for frame in frames:
        by_head.setdefault(frame.head, []).append(frame)
    # most specific first, a frame that needs a preposition before one that does not ("a strike on X" before
    # "a strike"); the file's order breaks ties (stable sort)
    return {head: tuple(sorted(fs, key=lambda f: (-f.specificity, not f.needs_prep))) for head, fs in by_head.items()}


def _group_ids(name: str) -> dict[str, str]:
    """A frame file's PLOVER type blocks -> the rule id each carries (its `rules:` block)."""
    return {str(key): str(rule["id"]) for key, rule in (_yaml(name).get("rules") or {}).items()}


@lru_cache(maxsize=1)
def _verb_frame_groups() -> dict[str, list[Frame]]:
    """Rule id -> the frames of that verb block."""
    ids = _group_ids("verbs.yaml")
    return {ids[event_type]: [_verb_frame(str(p).lower(), event_type, entry) for entry in entries
                              for p in entry["verbs"]]
            for event_type, entries in _yaml("verbs.yaml").items() if event_type != "rules"}


NOT_FRAMES = frozenset({"rules", "light_verbs", "posting_verbs"})  # nouns.yaml keys that are no PLOVER type block


@lru_cache(maxsize=1)
def _noun_frame_groups() -> dict[str, list[Frame]]:
    """Rule id -> the frames of that noun block."""
    ids = _group_ids("nouns.yaml")
    return {ids[event_type]: [_noun_frame(str(p).lower(), event_type, entry) for entry in entries
                              for p in entry["nouns"]]
            for event_type, entries in _yaml("nouns.yaml").items() if event_type not in NOT_FRAMES}


@lru_cache(maxsize=8)
def _frames_without(kind: str, off: frozenset[str]) -> dict[str, tuple[Frame, ...]]:
    groups = _verb_frame_groups() if kind == "verb" else _noun_frame_groups()
    return _index([frame for rule, frames in groups.items() if rule not in off for frame in frames])


def all_frames(kind: str) -> dict[str, tuple[Frame, ...]]:
    """Head lemma -> every verb or noun frame, none switched off: for filters built once per process."""
    return _frames_without(kind, frozenset())


def verb_frames() -> dict[str, tuple[Frame, ...]]:
    """Head lemma -> verb frames, most specific first; a type block switched off (detente.rules) is left out."""
    off = switched_off_ids()
    if not off:  # every rule on: the index kept here (detection asks for it thousands of times per document)
        return _every_frame.get("verb") or _every_frame.setdefault("verb", _frames_without("verb", frozenset()))
    return _frames_without("verb", frozenset(off & _verb_frame_groups().keys()))


def noun_frames() -> dict[str, tuple[Frame, ...]]:
    """Head lemma -> noun frames, most specific first; a type block switched off (detente.rules) is left out."""
    off = switched_off_ids()
    if not off:
        return _every_frame.get("noun") or _every_frame.setdefault("noun", _frames_without("noun", frozenset()))
    return _frames_without("noun", frozenset(off & _noun_frame_groups().keys()))


_every_frame: dict[str, dict[str, tuple[Frame, ...]]] = {}  # kind -> its index with every rule on


@lru_cache(maxsize=1)
def _light_verbs() -> frozenset[str]:
    return frozenset(_yaml("nouns.yaml")["light_verbs"])


@lru_cache(maxsize=1)
def _posting_verbs() -> frozenset[str]:
    return frozenset(_yaml("nouns.yaml")["posting_verbs"])


def light_verbs() -> frozenset[str]:
    """The light verbs, with the verbs of posting words on a medium (rule events.nouns.posting_verbs): "tweeted a
    threat" is a threat made, as "issued a threat" is."""
    if not switched_off_ids():
        return _all_light_verbs()
    lights = _light_verbs() if is_on("events.nouns.light_verbs") else frozenset()
    return lights | _posting_verbs() if is_on("events.nouns.posting_verbs") else lights


@lru_cache(maxsize=1)
def _all_light_verbs() -> frozenset[str]:
    return _light_verbs() | _posting_verbs()


@lru_cache(maxsize=1)
def _wrapper_codes() -> dict[str, tuple[str, dict[str, str]]]:
    return {outer: (str(entry["id"]), {inner: str(code) for inner, code in without_rule_keys(entry).items()})
            for outer, entry in _yaml("wrappers.yaml").items()}


def wrapper_codes() -> dict[str, dict[str, str]]:
    """Outer type -> inner type -> CAMEO code, for "threatened to impose sanctions" and the like; an outer type
    switched off (detente.rules) keeps its own code. Shared between calls: read it, do not change it."""
    return _wrapper_codes_without(switched_off_ids())


@lru_cache(maxsize=8)
def _wrapper_codes_without(off: frozenset[str]) -> dict[str, dict[str, str]]:
    return {outer: codes if rule not in off else {} for outer, (rule, codes) in _wrapper_codes().items()}


def factuality_rules() -> dict[str, dict[str, Any]]:
    """The rules of factuality.yaml: name -> {id, words, examples}."""
    return dict(_yaml("factuality.yaml"))


@lru_cache(maxsize=1)
def _factuality_words() -> dict[str, frozenset[str]]:
    return {key: frozenset(str(w) for w in rule["words"]) for key, rule in factuality_rules().items()}


def factuality_words() -> dict[str, frozenset[str]]:
    """Each factuality rule's words; a rule switched off (detente.rules) has none."""
    off = switched_off_ids()
    if not off:
        return _factuality_words()
    ids = _factuality_ids()
    return {key: frozenset() if ids[key] in off else words for key, words in _factuality_words().items()}


@lru_cache(maxsize=1)
def _factuality_ids() -> dict[str, str]:
    return {key: str(rule["id"]) for key, rule in factuality_rules().items()}


@lru_cache(maxsize=1)
def _another_act_words() -> frozenset[str]:
    return frozenset(str(w) for w in _yaml("merge.yaml")["another_act"])


@lru_cache(maxsize=1)
def _own_clause_found() -> frozenset[str]:
    return frozenset(str(w) for w in _yaml("merge.yaml")["own_clause_found"])


def own_clause_found() -> frozenset[str]:
    """How a mention's date is found when its own clause gives it (data/merge.yaml): merging keeps such a date."""
    return _own_clause_found() if is_on("events.merge.own_clause_date") else frozenset()


def another_act_words() -> frozenset[str]:
    """Words that tell an act as one more (data/merge.yaml)."""
    return _another_act_words() if is_on("events.merge.another_act") else frozenset()


@lru_cache(maxsize=1)
def _statement_types() -> frozenset[str]:
    return frozenset(str(w) for w in _yaml("merge.yaml").get("one_statement", []))


def statement_types() -> frozenset[str]:
    """Event types that code what a party says: one per party, target and sentence (data/merge.yaml)."""
    return _statement_types() if is_on("events.merge.one_statement") else frozenset()


@lru_cache(maxsize=1)
def _topic_words() -> dict[str, frozenset[str]]:
    data = _yaml("merge.yaml")["topics"]
    return {key: frozenset(str(w) for w in data[key]) for key in ("types", "preps", "clauses", "general")}


def topic_words() -> dict[str, frozenset[str]]:
    """What tells a statement's topic (data/merge.yaml topics): the types told by what they are about, the
    prepositions and clause labels that introduce the topic, and the general nouns that point back to one
    ("the incident"); none with rule events.merge.different_topics off."""
    if not is_on("events.merge.different_topics"):
        return {key: frozenset() for key in ("types", "preps", "clauses", "general")}
    return _topic_words()


@lru_cache(maxsize=1)
def _reaction_objects() -> dict[str, frozenset[str]]:
    data = _yaml("merge.yaml")
    return {"reactions": frozenset(map(str, data["reactions"])), "acts": frozenset(map(str, data["acts"]))}


def reaction_objects() -> dict[str, frozenset[str]]:
    """The reaction types and the act nouns a reaction's target can be read through (data/merge.yaml)."""
    return _reaction_objects() if is_on("events.merge.reaction_acts") else {"reactions": frozenset(),
                                                                           "acts": frozenset()}


@lru_cache(maxsize=1)
def _specific_determiners() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _yaml("merge.yaml")["specific_determiners"])


def specific_determiners() -> frozenset[str]:
    """Determiners that point at one act ("condemned the bombings"; data/merge.yaml)."""
    return _specific_determiners() if is_on("events.merge.specific_determiners") else frozenset()


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """Verbs that report what someone said or announced: their past makes a reported "will" a "would"."""
    return word_class("reporting_verbs", "future_in_past")


@lru_cache(maxsize=1)
def _non_agents() -> frozenset[str]:
    return frozenset(_yaml("non_agents.yaml")["non_agents"])


@lru_cache(maxsize=1)
def _contest_things() -> frozenset[str]:
    return frozenset(_yaml("non_agents.yaml")["contest_things"])


@lru_cache(maxsize=1)
def _display_things() -> tuple[frozenset[str], frozenset[str]]:
    table = _yaml("non_agents.yaml")
    return frozenset(table["display_things"]), frozenset(table["display_cannot"])


def display_things() -> tuple[frozenset[str], frozenset[str]]:
    """Museums, exhibits and memorials, and the acts (praise, blame) they can only show, never do (non_agents.yaml)."""
    return _display_things() if is_on(DISPLAY_THINGS_RULE) else (frozenset(), frozenset())


@lru_cache(maxsize=1)
def _all_non_agents() -> frozenset[str]:
    return _non_agents() | _contest_things()


def non_agents() -> frozenset[str]:
    """Subjects that are not actors (data/non_agents.yaml: non_agents, and contest_things under a rule of its own;
    display_things only for the acts they can show, read by `display_things`)."""
    if not switched_off_ids():
        return _all_non_agents()
    return (_non_agents() if is_on("events.non_agents") else frozenset()) | (
        _contest_things() if is_on(CONTEST_THINGS_RULE) else frozenset())


CONTEST_THINGS_RULE = "events.non_agents.contest_things"
DISPLAY_THINGS_RULE = "events.non_agents.display_things"


@lru_cache(maxsize=1)
def _senses() -> dict[str, frozenset[str]]:
    data = _yaml("senses.yaml")
    return {key: frozenset(str(w) for w in data[key])
            for key in ("messages", "message_cannot", "inquiry_verbs", "question_words", "press", "poll_nouns", "poll_units", "holding_verbs", "losing_verbs", "backer_preps", "portion_nouns",
                        "poll_verbs", "attack_words", "abstract_objects", "speech_settings", "transaction_codes",
                        "private_sectors", "talk_verbs", "journey_verbs", "press_modifiers", "visit_codes", "host_places",
                        "appeal_words", "audiences", "gatherings", "generic_adverbs", "generic_clause_marks",
                        "generic_time_nouns", "generic_determiners", "opinion_types", "opinion_holders",
                        "mass_quantifiers", "platform_nouns", "dispute_codes", "refusal_types",
                        "rally_words", "campaign_words", "audience_preps",
                        "presenting_verbs", "debate_verbs", "state_sectors", "claim_verbs", "act_modals",
                        "possibility_modals", "condition_marks", "question_preps", "contest_verbs",
                        "contest_preps", "contest_prizes", "proposing_verbs", "proposed_policies", "help_verbs", "question_nouns", "commentary_types", "commentary_judgements", "commentator_sectors", "commentators", "commentator_verbs", "judging_verbs", "political_roles", "political_role_verbs", "past_role_marks", "score_units", "topic_preps", "telling_nouns", "kind_pronouns", "stance_verbs", "opponent_preps", "campaign_verbs", "purpose_preps",
                        "distributive_preps", "public_whoever_types", "firm_only_types", "firm_sectors",
                        "mustering_verbs", "force_nouns", "showing_verbs", "march_words", "goal_preps", "onward_adverbs",
                        "retort_verbs", "own_goal_parts", "retaking_verbs", "retaken_places", "recognizing_verbs",
                        "fact_pronouns", "insisting_verbs", "demand_modals", "verbal_modifiers", "quarrel_topics", "saying_verbs", "backing_preps",
                        "rally_causes", "kind_place_preps",
                        "policy_nouns", "authorise_verbs", "authorised_acts",
                        "party_private_sectors", "political_heads",
                        "public_appeal_types", "policy_changes", "electorate", "press_question_types",
                        "press_question_verbs", "press_sectors", "press_trades", "unarmed_sectors", "armed_sectors",
                        "fights_fought", "combat_places", "stance_nouns",
                        "armed_modifiers", "crowd_sectors",
                        "content_modals", "commercial_things", "commerce_private_sectors", "commerce_types", "leaving_codes",
                        "employer_words", "assignment_verbs", "press_inquiry_verbs", "press_outlets",
                        "content_conditions", "forward_verbs",
                        "public_roles", "personal_objects", "force_marks", "win_verbs", "vote_units", "contests", "state_verbs",
                        "threat_nouns", "admitted_people", "protect_verbs", "removal_words", "shot_things",
                        "misused_things", "particle_senses", "rising_particles", "race_words", "fight_words",
                        "contest_kinds", "word_contests", "topic_marks", "impression_verbs",
                        "commerce_acts", "commerce_frame_sectors", "company_forms", "business_roles",
                        "public_party_nouns", "trade_nouns", "trade_sectors", "origin_parties",
                        "attacked_groups", "campaign_bodies", "assault_nouns",
                        "kind_habit_adverbs", "reciprocal_pronouns", "poll_share_words",
                        "contest_force_words", "contest_settings", "candidacy_words")}


def sense_words(key: str, rule_id: str) -> frozenset[str]:
    """One word list of data/senses.yaml; empty while its rule is switched off (detente.rules)."""
    return _senses()[key] if not switched_off_ids() or is_on(rule_id) else frozenset()


def message_agents() -> tuple[frozenset[str], frozenset[str]]:
    """Nouns for what a party says or shows, and the event types such a subject cannot do (data/senses.yaml)."""
    if not is_on("events.senses.messages"):
        return frozenset(), frozenset()
    senses = _senses()
    return senses["messages"], senses["message_cannot"]


@lru_cache(maxsize=1)
def model_settings() -> dict[str, Any]:
    return _yaml("model.yaml")


@lru_cache(maxsize=32)
def model_frame(event_type: str) -> Frame:
    """The stand-in frame for an event the learned classifier coded: the type's general CAMEO code."""
    entry = {"cameo": model_settings()["codes"][event_type]}
    return _frame("model", event_type.lower(), "", (), (), event_type, entry)


def joint_frame(frame: Frame) -> Frame:
    """The frame as done by several parties together (its `jointly` code, type and mode); itself if it has none."""
    code = cameo_code(frame.jointly) if frame.jointly else None
    if code is None or not code.plover:
        return frame
    return replace(frame, event_type=code.plover, cameo=code.code, mode=code.mode, contexts=code.contexts,
                   jointly=None)


def overriding_frame(frame: Frame, event_type: str) -> Frame:
    """A rule frame retyped by the learned model: same words and roles, the new type's general code. Made once per
    frame and type (frames are immutable; `replace` costs microseconds and the model retypes events by the hundred)."""
    held = _overriding.get((id(frame), event_type))
    if held is not None and held[0] is frame:  # (the frame is held there, so its id is not another's)
        return held[1]
    code = cameo_code(str(model_settings()["codes"][event_type]))
    made = replace(frame, kind=f"lexicon+model:{frame.kind}", event_type=event_type,
                   cameo=code.code if code else str(model_settings()["codes"][event_type]),
                   mode=code.mode if code else None, contexts=code.contexts if code else (), wrapper=False)
    if len(_overriding) >= 4096:
        _overriding.clear()
    _overriding[(id(frame), event_type)] = (frame, made)
    return made


_overriding: dict[tuple[int, str], tuple[Frame, Frame]] = {}  # (id(frame), type) -> (frame, its retyped frame)


@lru_cache(maxsize=1)
def _demand_words() -> dict[str, Any]:
    data = {key: value for key, value in _yaml("demands.yaml").items() if key != "rules"}
    return {**data, "speech_verbs": list(word_list("reporting_verbs", "demands"))}


def demand_words() -> dict[str, Any]:
    """The words of a reported demand or blame (data/demands.yaml); a list switched off (detente.rules) is empty."""
    off = switched_off_ids()
    if not off:
        return _demand_words()
    ids = _demand_ids()
    return {key: [] if ids.get(key) in off else value for key, value in _demand_words().items()}


@lru_cache(maxsize=1)
def _demand_ids() -> dict[str, str]:
    return {key: str(rule["id"]) for key, rule in _yaml("demands.yaml")["rules"].items()}


@lru_cache(maxsize=4)
def arrival_frame(frame: Frame, peacekeeping: bool) -> Frame:
    """A visit frame ("arrived in", "flew to") whose travellers are troops: a deployment, not a visit. Peacekeepers
    give protection (AID 074), other forces show force (MOBILIZE 154)."""
    code = cameo_code("074" if peacekeeping else "154")
    assert code is not None and code.plover is not None
    return replace(frame, event_type=code.plover, cameo=code.code, mode=code.mode if not peacekeeping else None,
                   contexts=code.contexts)


@lru_cache(maxsize=1)
def blame_frame() -> Frame:
    """The frame of a reported blame ("X said Y was responsible for / behind the attack"), an ACCUSE by the speaker."""
    return _frame("verb", "say +responsible", "say", (), ("responsible",), "ACCUSE", {"cameo": "112"})


@lru_cache(maxsize=1)
def criticism_frame() -> Frame:
    """The frame of "attack" in words ("attacked her record in the debate"; senses.yaml attack_in_words): ACCUSE, 111."""
    return _frame("verb", "attack", "attack", (), (), "ACCUSE", {"cameo": "111"})


@lru_cache(maxsize=1)
def criticism_noun_frame() -> Frame:
    """The frame of the noun "attack" in words ("attacks on his record"; senses.yaml attack_in_words): ACCUSE, 111."""
    return _frame("noun", "attack", "attack", (), (), "ACCUSE", {"cameo": "111", "target": ["on", "against"]})


@lru_cache(maxsize=1)
def demand_frame() -> Frame:
    """The frame of a reported obligation ("X said Y must ..."), a REQUEST by the speaker."""
    return _frame("verb", "say +must", "say", (), ("must",), "REQUEST", {"cameo": demand_words()["cameo"]})


@lru_cache(maxsize=1)
def _reciprocal_types() -> frozenset[str]:
    text = resources.files("detente.events").joinpath("data", "roles.yaml").read_text(encoding="utf-8")
    return frozenset(str(t) for t in load_yaml(text)["reciprocal_types"])


def reciprocal_types() -> frozenset[str]:
    """Types whose doers named together act on one another (data/roles.yaml)."""
    return _reciprocal_types() if is_on("events.roles.reciprocal_types") else frozenset()


ARGUMENT_WORD_RULES = {key: f"events.arguments.{key}" for key in ("documents", "quantifiers", "counting_nouns",
                                                                   "responsibility_verbs", "troop_words",
                                                                   "attribution_preps", "place_nouns",
                                                                   "issued_messages", "means_nouns",
                                                                   "settings_do_not_act")}


@lru_cache(maxsize=1)
def _argument_lists() -> dict[str, frozenset[str]]:
    data = _yaml("arguments.yaml")
    return {key: frozenset(str(w).lower() for w in data.get(key, ())) for key in ARGUMENT_WORD_RULES}


def _with_counting(lists: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    return {**lists, "counting_nouns": lists["quantifiers"] | lists["counting_nouns"]}  # quantifiers count too


@lru_cache(maxsize=1)
def _argument_words() -> dict[str, frozenset[str]]:
    return _with_counting(_argument_lists())


def argument_words() -> dict[str, frozenset[str]]:
    """Word lists of data/arguments.yaml: documents a party speaks through, quantifiers, counting nouns (the
    quantifiers among them), verbs of owning up, troop words, attribution prepositions, place nouns; a list switched off (detente.rules) is
    empty."""
    if not switched_off_ids():
        return _argument_words()
    return _with_counting({key: words if is_on(ARGUMENT_WORD_RULES[key]) else frozenset()
                           for key, words in _argument_lists().items()})


ROLE_WORD_RULES = {"own_side_objects": "events.roles.own_side_objects", "place_preps": "events.roles.place_preps",
                   "undergoer_verbs": "events.roles.undergoer_verbs", "placement_verbs": "events.roles.placement_verbs",
                   "creation_verbs": "events.roles.creation_verbs", "backer_participles": "events.roles.backer_participles",
                   "group_place_preps": "events.roles.group_place_preps",
                   "authority_verbs": "events.roles.authority_verbs", "movement_types": "events.roles.movement_types",
                   "condition_marks": "events.roles.condition_marks",
                   "impersonal_subjects": "events.roles.impersonal_subjects",
                   "contact_verbs": "events.roles.contact_verbs", "topic_preps": "events.roles.topic_preps",
                   "activity_objects": "events.roles.activity_objects",
                   "destination_preps": "events.roles.destination_preps", "request_nouns": "events.roles.request_nouns",
                   "backing_types": "events.roles.backing_types", "ultimatum_marks": "events.roles.ultimatum_marks",
                   "ultimatum_types": "events.roles.ultimatum_types",
                   "follower_nouns": "events.roles.follower_nouns",
                   "private_followers": "events.roles.follower_nouns",
                   "asked_through_preps": "events.roles.asked_through_preps",
                   "indicating_verbs": "events.roles.indicating_verbs",
                   "patient_types": "events.roles.patient_before_place"}


@lru_cache(maxsize=1)
def _role_words() -> dict[str, frozenset[str]]:
    text = resources.files("detente.events").joinpath("data", "roles.yaml").read_text(encoding="utf-8")
    data = load_yaml(text)
    return {key: frozenset(str(w).lower() for w in data.get(key, ())) for key in ROLE_WORD_RULES}


def role_words() -> dict[str, frozenset[str]]:
    """Word lists of data/roles.yaml besides the reciprocal types: own-side objects, place prepositions,
    undergoer verbs, placement verbs, creation verbs, backer participles, group place prepositions, authority verbs, movement types."""
    if not switched_off_ids():
        return _role_words()
    return {key: words if is_on(ROLE_WORD_RULES[key]) else frozenset() for key, words in _role_words().items()}
