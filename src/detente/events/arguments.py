"""Who did it and to whom, read off the dependency parse.

The subject (or the "by" agent of a passive) is the source; the object, or the object of a
role preposition, is the target. Clauses without a subject borrow it from the clause they are
coordinated with or controlled by, so "Tokyo folded and released the crew" has Tokyo as the
source of the release.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Token

from detente.events.lexicon import argument_words, noun_frames, role_words
from detente.nlp.arrays import columns, doc_arrays, string_ids
from detente.nlp.perdoc import dependents, per_word
from detente.nlp.syntax import agent_of, children, governing_verb, prep_objects, sentence_of  # noqa: F401  (re-exported)
from detente.nlp.words import word_class
from detente.rules import is_on, rule_words

SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
RELATIVE_PRONOUNS = word_class("pronouns", "relative")
PERSONAL_PRONOUNS = word_class("pronouns", "subject")
# dependents of an argument that are not part of the name of whoever it is
CUT_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "prep", "parataxis", "ccomp", "mark"})
DEFAULT_TARGET_PREPS = rule_words("detente.events", "data/prepositions.yaml", "default_targets")  # data/prepositions.yaml
# verbs whose passive subject is a means, not whoever does the infinitive's act (data/roles.yaml passive_controller)
MEANS_VERBS = rule_words("detente.events", "data/roles.yaml", "passive_controller")
# a dash or colon that ends a dateline ("BERLIN -- A court ...", "KABUL (AP): ..."): nothing before it names a party
DATELINE_ENDS = frozenset({"--", "-", "—", "–", ":"})
DASHES = frozenset({"--", "—"})


def _dateline_end(token: Token) -> bool:
    """A dash set off by a space, or a colon ("):" too): not the hyphen of "Iran-backed"."""
    if token.pos_ != "PUNCT":
        return False
    if token.text.endswith(":") or token.text in DASHES:
        return True  # "Lima City--Police have ...": a double dash is never a hyphen, spaced or not
    return token.text in DATELINE_ENDS and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def after_dateline(token: Token) -> int:
    """Index of the first word of the phrase headed by `token` that comes after a dateline's dash or colon."""
    arrays = doc_arrays(token.doc)  # by token number: only punctuation can end a dateline, so only it becomes a Token
    start, pos, punct, doc = arrays.first[token.i], arrays.pos, string_ids("PUNCT"), token.doc
    for i in range(token.i - 1, start - 1, -1):
        if pos[i] in punct and _dateline_end(doc[i]):
            return i + 1
    return start


def past_dateline(subject: Token) -> Token:
    """ "THE HAGUE, Netherlands -- A UN prosecutor has charged ...": the parser may hang the real subject on the
    dateline's place as an appositive. A subject that opens the sentence as a named place, followed within its own
    phrase by names and a dateline's dash or colon, stands for the phrase after the dash."""
    doc = subject.doc
    if subject.ent_type_ not in ("GPE", "LOC") or doc_arrays(doc).first[subject.i] != _sentence_start(subject):
        return subject
    for i in range(subject.i + 1, subject.right_edge.i + 1):
        if _dateline_end(doc[i]):
            if not all(t.pos_ in ("PROPN", "PUNCT", "NUM", "DET") for t in doc[subject.i + 1:i]):
                return subject
            rest = [t for t in subject.subtree if t.i > i and t.head.i <= i and t.pos_ in ("NOUN", "PROPN")]
            return rest[0] if rest else subject
        if doc[i].pos_ not in ("PROPN", "PUNCT", "NUM", "DET"):
            return subject
    return subject


def _sentence_start(token: Token) -> int:
    """`token.sent.start` read off the document's sentence-start column, as spaCy finds it (back to the nearest word
    that starts a sentence), without making the sentence's Span (which also walks forward to its end)."""
    doc = token.doc
    if "sent" in doc.user_span_hooks or "sents" in doc.user_hooks:
        return token.sent.start
    starts, start = columns(doc).sent_start, token.i
    while start > 0 and starts[start] != 1:
        start -= 1
    return start


def _sentence_end(token: Token) -> int:
    """`token.sent.end` read off the same column: the index after the last word of the token's sentence."""
    doc = token.doc
    if "sent" in doc.user_span_hooks or "sents" in doc.user_hooks:
        return token.sent.end
    starts, end = columns(doc).sent_start, token.i + 1
    while end < len(doc) and starts[end] != 1:
        end += 1
    return end


def dateline(token: Token, following: Token) -> bool:
    """ "BERLIN -- A court has convicted ...", "ALGIERS, Algeria - Police have ...": the parser makes the place
    of the dateline a subject beside the real one; it is the one a dash or colon separates from the next."""
    return any(_dateline_end(t) for t in token.doc[token.i + 1:following.i])


def argument_span(token: Token) -> tuple[int, int]:
    """Character span of a noun phrase without its relative clauses and most prepositional phrases.

    Keeps "of" phrases ("the government of Japan") and coordinated phrases ("Japan and South Korea").
    Read once per document and word: the sides, the phrase rules and the role model ask for the same words.
    """
    return per_word(token, "arguments.argument_span", _argument_span)


CUT_IDS = string_ids(CUT_DEPS)
PUNCT_ID, PREP_ID, CONJ_ID, APPOS_ID = (get_string_id(label) for label in ("punct", "prep", "conj", "appos"))
OF_ID = get_string_id("of")
LIST_PUNCT_IDS = string_ids((",", ";"))


def _argument_span(token: Token) -> tuple[int, int]:
    """`argument_span`, read off the document's columns (nlp/arrays.py): a Token only for a conjunct or appositive,
    whose coordination `coordinated` reads."""
    doc = token.doc
    arrays, held = doc_arrays(doc), columns(doc)
    idx, length, dep, lower, last = held.idx, held.length, arrays.dep, held.lower, arrays.last
    i = token.i
    start = idx[after_dateline(token)]
    end = idx[i] + length[i]
    rights = [k for k in arrays.dependents[i] if k > i]  # token.rights, in text order
    for k in rights:
        label = dep[k]
        if label in CUT_IDS and not (label == PREP_ID and lower[k] == OF_ID):
            if label == PUNCT_ID and lower[k] not in LIST_PUNCT_IDS:
                continue
            if label in (PUNCT_ID, PREP_ID) and any(dep[c] == CONJ_ID and c > k for c in rights):
                continue  # "Japan, China and Korea": the comma sits inside the list
            break
        if label in (CONJ_ID, APPOS_ID):
            if not coordinated(token, doc[k]):
                break  # "with Japan, Kim Yo-jong, ... said": a speaker set off by commas, neither a list nor Japan
            if any(i < a < k for a in _ancestors(arrays.heads, i)):
                break  # "Serbia eased curbs in X, the scene of ...": the parser hung a later appositive on the subject
        if label == CONJ_ID:
            end = max(end, argument_span(doc[k])[1])
        else:
            edge = last[k]  # child.right_edge
            end = max(end, idx[edge] + length[edge])
    return start, end


def _ancestors(heads: list[int], i: int) -> Iterator[int]:
    """`token.ancestors` by number: each head in turn up to the root (at most as many steps as the document has
    words, as spaCy climbs)."""
    for _ in range(len(heads)):
        if heads[i] == i:
            return
        i = heads[i]
        yield i


def of_object(token: Token, heads: frozenset[str] | set[str]) -> Token:
    """ "some of the sanctions" -> "sanctions", "a group of seekers" -> "seekers": what a quantifier,
    counting or collective noun in `heads` picks out; any other token is itself."""
    if token.lemma_.lower() in heads or token.lower_ in heads:
        for child in dependents(token):
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = next((g for g in dependents(child) if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    return token


# relations by string id (`Token.dep`, an int, against `dep_`, a string decoded anew on every read): the same test
_JOINING = string_ids(("cc", "preconj"))
_ACTIVE_SUBJECTS = string_ids(("nsubj", "csubj"))
_CC, _CONJ, _NSUBJ, _NSUBJPASS = (get_string_id(label) for label in ("cc", "conj", "nsubj", "nsubjpass"))


def coordinated(head: Token, conj: Token) -> bool:
    """Whether a conjunct (or appositive) really goes with its head: English joins the last item of a list
    with a conjunction ("Japan, China and Korea"); a comma alone between a state or body and a person's
    name ("with Japan, Kim Yo-jong, the leader's sister, said") is the parser taking a parenthetical
    speaker for a list item or for another name of the state."""
    for c in dependents(head):  # (loops: no generator made per call, asked for every conjunct)
        if c.dep in _JOINING:
            return True
    for c in dependents(conj):
        if c.dep in _JOINING:
            return True
    return not (conj.ent_type_ == "PERSON" and head.ent_type_ in ("GPE", "NORP", "ORG", "LOC"))


def split_subjects(verb: Token, subject: Token) -> list[Token]:
    """Subjects the parser left side by side: "Yoon and Kishida agreed" sometimes comes out as two
    subjects of "agreed", the "and" hanging on the first; the second is then a doer as well."""
    if subject.head.i != verb.i or not any(c.dep == _CC for c in dependents(subject)):
        return []  # (a subject borrowed from another clause has no second subject beside it here)
    return [c for c in dependents(verb) if c.dep == _NSUBJ and c.i > subject.i]


def with_conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Japan and Korea" -> [Japan, Korea])."""
    out = [token]
    for c in dependents(token):
        if c.dep == _CONJ and coordinated(token, c):
            out += with_conjuncts(c)
    return out


PASSIVE_CONTROLLER_RULE = "events.roles.passive_controller"


def _passive_controller(head: Token) -> Token | None:
    """ "Obama is scheduled to visit Japan", "Peru was urged to withdraw": the subject of a passive verb that takes an
    active infinitive does the infinitive's act; it is the patient of the timetabling or urging only, so it is the
    doer, not the target, of what follows."""
    if not any(c.dep_ == "auxpass" for c in dependents(head)) or not is_on(PASSIVE_CONTROLLER_RULE):
        return None
    if head.lemma_.lower() in MEANS_VERBS:
        return None  # "the systems were used to capture the calls": a means captures nothing
    subject = next((c for c in dependents(head) if c.dep == _NSUBJPASS), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
        return None
    return subject


def subject_of(verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The token that does the act, and whether the clause is passive (then the subject is the patient).

    Returns the "by" agent for passives when present, as (agent, False). A pronoun subject is returned as
    itself: what it stands for is the coreference pass's to say (nlp/coref.py; the events stage reads its
    chains, see events.coreferent).
    """
    if depth > 6:
        return None, False
    subjects = []  # relations by string id (no `dep_` text), both read in one loop (no comprehension made)
    passive_subject = None
    for c in dependents(verb):
        label = c.dep
        if label in _ACTIVE_SUBJECTS:
            subjects.append(c)
        elif label == _NSUBJPASS and passive_subject is None:
            passive_subject = c
    if len(subjects) > 1 and dateline(subjects[0], subjects[1]):
        subjects = subjects[1:]  # "BERLIN -- A court in Bavaria has convicted": the court, not the dateline
    subject = past_dateline(subjects[0]) if subjects else None
    if subject is not None:
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return _means_user(verb.head, verb, depth) if _means(verb.head, verb) else (verb.head, False)
        if _means(subject, verb) and verb.dep_ == "ccomp":
            return _means_user(subject, verb, depth)  # "made the case to grant amnesty", parsed as a clause's subject
        return subject, False
    if passive_subject is not None:
        if passive_subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head, True  # "the militants who were shot dead"
        return passive_subject, True
    dep = verb.dep_
    head = verb.head
    if verb.tag_ == "VBG" and verb.i > 0 and dep in ("advcl", "pcomp", "conj"):
        before = verb.doc[verb.i - 1]
        # "sent a letter to the head of the bloc threatening to ...": a noun after the object of the verb a side clause
        # hangs on is that verb's complement; the clause's doer is the verb's subject (below). "died in police firing"
        # has no object: there the noun is the doer.
        obj = next((c for c in dependents(head) if c.dep_ == "dobj"), None)
        complement = dep == "advcl" and obj is not None and obj.i < before.i \
            and any(c.dep_ == "nsubj" for c in dependents(head))
        if before.pos_ in ("NOUN", "PROPN") and before.dep_ != "dobj" and not complement:
            return before, False  # "died in police firing": a noun right before a gerund is its doer
    if dep in ("pcomp", "advcl", "xcomp") and head.i != verb.i and any(c.dep_ == "auxpass" for c in dependents(verb)):
        # a passive side clause tells what was done to someone, never who did it: "counts 40 fishermen as having
        # been kidnapped", "after being arrested, he ...", "wants to be freed"
        host = head.head if dep == "pcomp" and head.head.i != head.i else head
        if host.pos_ in ("NOUN", "PROPN", "PRON"):
            return host, True  # "40 fishermen as having been kidnapped", the preposition hung on the noun
        as_object = dep == "pcomp" or any(c.dep_ == "mark" and c.lower_ == "as" for c in dependents(verb))
        patient = next((c for c in dependents(host) if c.dep_ == "dobj"), None) if as_object else None
        return (patient, True) if patient is not None else (subject_of(host, depth + 1)[0], True)
    if dep == "conj" and head.i != verb.i:
        return subject_of(head, depth + 1)
    if dep == "advcl" and head.i != verb.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(verb)):
        asked = _asked_through(head, verb)  # "called on Peru to withdraw", the infinitive parsed as a purpose
        if asked is not None:
            return asked, False
    if dep == "xcomp":
        raised = _passive_controller(head)
        if raised is not None:
            return raised, False
        if _means(next((c for c in dependents(head) if c.dep == _NSUBJ), None), None) and head.lemma_ == "be":
            return None, False  # "the only way to stop him is to rally behind X": a way does nothing
        if contacted(verb) is not None:  # "called the Turkish president to apologize": the caller apologises
            return subject_of(head, depth + 1)
        controller = next((c for c in dependents(head) if c.dep_ in ("dobj",) and c.i < verb.i), None)
        if controller is None:
            controller = _asked_through(head, verb)  # "called on Peru to withdraw": Peru is to withdraw
        if controller is not None and (_an_act(controller) or _issued(controller) or _setting(controller)):
            # "started a hunger strike to protest against X": the striker protests; "used the tweet to mock her": the
            # one who used it mocks
            return subject_of(head, depth + 1)
        return (controller, False) if controller is not None else subject_of(head, depth + 1)
    if dep in ("acomp", "attr", "oprd") and head.i != verb.i:
        return subject_of(head, depth + 1)
    if dep in ("acl", "relcl") and head.dep_ == "dobj" and _an_act(head) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(verb)):
        return subject_of(head.head, depth + 1)  # "started a strike to protest": the parser may hang it on the noun
    if dep == "acl" and _headline_predicate(verb):
        return sentence_of(verb).root, False  # "Doctors from two aid groups donated and delivered supplies to ...": the doctors
    if dep in ("acl", "relcl") and _means(head, verb):
        return _means_user(head, verb, depth)
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        counted = _counted_messages(head) if verb.tag_ == "VBG" else None
        if counted is not None:
            return counted, False  # "Trump's flurry of tweets targeting her": whose the flurry is
        # a message put out is the verb's object, or counted by it ("unleashed a series of tweets"); one "with" or "in"
        # which something else is done says how, not who put it out
        if verb.tag_ == "VBG" and ((head.lemma_.lower() in argument_words()["documents"] and head.dep_ in (
                "dobj", "pobj")) or (_issued(head) and (head.dep_ == "dobj" or (
                    head.dep_ == "pobj" and head.head.lower_ == "of")))):
            # "Amnesty put out a report accusing the army", "a letter to WHO threatening to ...": the issuer
            issuer = governing_verb(head)
            if issuer is not None and issuer.i != verb.i:
                found, passive = subject_of(issuer, depth + 1)
                if found is not None and not passive:
                    return found, False
        return head, verb.tag_ == "VBN"
    if dep == "relcl":
        return head, verb.tag_ == "VBN"
    if dep == "pcomp" and head.head.i != head.i:
        return subject_of(head.head, depth + 1)
    if dep == "advcl" and verb.tag_ == "VBN" and head.i != verb.i and not any(
            c.dep_ in ("aux", "auxpass") for c in dependents(verb)) and agent_of(verb) is not None \
            and is_on(PARTICIPLE_RULE):
        # "Criticized by the president, the senator resigned": a bare past participle with a "by" phrase, fronted or
        # set off, is passive; the subject of the verb it hangs on undergoes it, and the "by" phrase does it
        return subject_of(head, depth + 1)[0], True
    if dep in ("advcl", "ccomp") and verb.tag_ in ("VBG", "VBN", "VB"):
        return subject_of(head, depth + 1)
    return None, False


PARTICIPLE_RULE = "events.arguments.passive_participles"


def _means(noun: Token | None, verb: Token | None) -> bool:
    """A noun of a means, ground or chance (arguments.yaml means_nouns) that an infinitive says what it is for ("the
    only way to stop him", "evidence to convict her"); `verb` None: the noun alone."""
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in argument_words()["means_nouns"]:
        return False
    return verb is None or any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(verb))


def _means_user(noun: Token, verb: Token, depth: int) -> tuple[Token | None, bool]:
    """Who does what a means is for: its possessor or "by" phrase ("Iran's bid to join"), else the subject of the verb that has,
    seeks or makes it ("sought an injunction to overturn the ruling"); no one when the means is a subject itself
    ("the only way to stop him is ...", "there is enough evidence to convict"). Rule events.arguments.means_nouns."""
    owner = next((c for c in dependents(noun) if c.dep_ == "poss"), None) or next(iter(prep_objects(noun, ("by",))), None)
    if owner is not None:
        return owner, False  # "Iran's bid to join", "efforts by the party to repeal the law"
    holder = verb.head if noun.dep_ == "nsubj" and verb.dep_ == "ccomp" else noun.head
    if noun.dep_ not in ("dobj", "nsubj") or holder.i == noun.i or holder.pos_ not in ("VERB", "AUX") or (
            noun.dep_ == "nsubj" and holder.i == noun.head.i):
        return None, False
    found, passive = subject_of(holder, depth + 1)
    return (None, False) if passive else (found, False)


AUTHOR_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})  # a name that says whose a message is ("a Clinton ad")


def _issued(token: Token) -> bool:
    """A message put out by a party (arguments.yaml issued_messages: a tweet, an ad, a speech) that does not name its
    author in its own phrase ("the senator's tweets" does): it speaks for whoever put it out or used it."""
    messages = argument_words()["issued_messages"]
    return (token.lemma_.lower() in messages or token.lower_ in messages) and not any(
        c.dep_ in ("poss", "compound") and (c.pos_ in ("PROPN", "PRON") or c.ent_type_ in AUTHOR_ENTITIES)
        for c in dependents(token))


def _setting(token: Token) -> bool:
    """An occasion or place where words are said (arguments.yaml settings_do_not_act: a debate, a hearing, a rally):
    "used the debate to attack her" is done by whoever used it. Rule events.arguments.settings_do_not_act."""
    settings = argument_words()["settings_do_not_act"]
    return token.pos_ == "NOUN" and (token.lemma_.lower() in settings or token.lower_ in settings)


def _counted_messages(message: Token) -> Token | None:
    """ "Trump's flurry of late-night tweets", "the senator's series of ads": the counting noun whose possessor put out
    the messages it counts (arguments.yaml issued_messages, counting_nouns); None for any other word."""
    if message.dep_ != "pobj" or message.head.lower_ != "of" or not _issued(message):
        return None
    count = message.head.head
    if count.lemma_.lower() not in argument_words()["counting_nouns"]:
        return None
    return count if any(c.dep_ == "poss" for c in dependents(count)) else None


def _an_act(token: Token) -> bool:
    """An object that names an act ("a hunger strike", "a campaign"): an act does nothing itself, so the clause it
    seems to control is done by the doer of the act (rule events.arguments.acts_do_not_act)."""
    frames = noun_frames()
    return (token.lemma_.lower() in frames or token.lower_ in frames) and is_on("events.arguments.acts_do_not_act")


def _asked_through(head: Token, verb: Token) -> Token | None:
    """The party a verb of asking reaches through its preposition ("called on Peru to withdraw", "appealed to the
    rebels to lay down their arms", "pleaded with Chile to free the fishermen"): that party is to do the act of the
    infinitive, as the object of "urged Peru to withdraw" is (roles.yaml asked_through_preps). None for any other verb
    or preposition ("went to Lima to meet": a place)."""
    pairs = role_words()["asked_through_preps"]
    if not pairs or any(c.dep_ == "dobj" for c in dependents(head)):
        return None  # "called Machado on Friday to thank her": a call made, "on" gives its day
    for prep in dependents(head):
        if prep.dep_ == "prep" and prep.i == head.i + 1 and prep.i < verb.i and any(
                f"{lemma} {prep.lower_}" in pairs for lemma in (head.lemma_.lower(), head.lower_)):
            return next((c for c in dependents(prep) if c.dep_ == "pobj"), None)
    return None


def contacted(verb: Token) -> Token | None:
    """The party a contact verb reaches when `verb` is its purpose (roles.yaml contact_verbs): "called the Turkish
    president to apologize", "visited Lima to discuss trade" - the subject acts, and the one contacted is whom the
    act is done to (or with). None for any other infinitive ("urged Peru to leave": Peru is to leave)."""
    head = verb.head
    # "called Chile's minister on Monday, discussing the border": a participle clause says what the call was about
    purpose = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and (verb.tag_ == "VBG" or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in dependents(verb))))
    if not purpose or head.i == verb.i or head.lemma_.lower() not in role_words()["contact_verbs"]:
        return None
    # "called Chile's minister": the parser may take the one called for a predicate ("oprd"), as in "called him a fool"
    return next((c for c in dependents(head) if c.dep_ in ("dobj", "oprd") and c.i < verb.i), None)


def _headline_predicate(verb: Token) -> bool:
    """A past verb the parser took for a participle on a noun, in a sentence with no verb of its own: "Doctors from two
    aid groups donated and delivered supplies to a hospital" (root "Doctors"). A passive participle takes no direct
    object, so one with an object (its own or its conjunct's) is the sentence's predicate, done by the root noun."""
    root = sentence_of(verb).root
    if root.pos_ not in ("NOUN", "PROPN") or root.i > verb.i or any(c.dep_ == "auxpass" for c in dependents(verb)):
        return False
    return any(c.dep_ == "dobj" for v in (verb, *(c for c in dependents(verb) if c.dep_ == "conj")) for c in dependents(v))
