"""A generated corpus for the book's tests: statements from three organisations, of every
length from a short notice to a long argument, with titles that test line breaking and
demands whose initials test the index's collation. Nothing here is copied from a
published statement: sentences are assembled from word lists by a seeded generator."""

from __future__ import annotations

import random
from dataclasses import dataclass

ORGANISATIONS = ("Riverside Tenants' Union", "Northern Health Workers", "Port Dockers' Branch")

_SUBJECTS = ("the landlords", "the council", "the health board", "the port authority",
             "our members", "the workers on every shift", "the tenants of the estate",
             "the ministry", "the employers' federation", "every household on the street")
_VERBS = ("have ignored", "have refused to answer", "are counting on", "will not accept",
          "have organised against", "stand together against", "have been told to wait for",
          "reject", "are paying for", "will keep on fighting")
_OBJECTS = ("the repairs backlog", "the closure of the night clinic", "another rent rise",
            "the new shift pattern", "the loss of forty jobs", "the sale of public land",
            "unsafe cranes on the quay", "a pay offer below inflation", "damp in every block",
            "the cuts to the bus service")
_TAILS = ("for the third winter running", "while profits rise", "without any consultation",
          "in spite of every promise made last year", "as the costs fall on us",
          "and the papers say nothing", "although the law is on our side",
          "until the decision is reversed")

#: Titles: sense breaks after a colon, number ranges, names, and one long enough to be
#: shortened in the running head.
TITLES = (
    "Statement to the Labour Movement: Stand in Solidarity with the Striking Dockers",
    "Rents 2016–2025: A Decade of Rises",
    "No to the closure",
    "On the night clinic",
    "Why we are balloting for action on the new shift pattern across every hospital site",
    "Repairs now",
    "The port belongs to the people who work it: a reply to the authority's consultation "
    "on the sale of the northern quay",
    "Solidarity with Maria Fernández and the cleaners",
    "Bus routes 12–14 must stay",
    "A winter of damp",
    "Public land for public homes",
    "What the pay offer means",
    "Cranes, safety and the law",
    "Forty jobs",
    "An open letter to the health board",
    "After the ballot: what happens next",
    "Tenants meet the council",
    "The employers' federation has spoken: now we answer",
    "Lights out on the quay",
    "For the third winter",
    "Unity across the estates",
    "Health is not for sale",
    "Dockers and tenants together",
    "A short notice to members",
    "Why we march on Saturday",
    "The case for a rent freeze",
    "Night shifts and broken promises",
    "From the picket line",
)

#: Demands, some opening with accented and non-Latin initials (the index sorts them).
DEMANDS = (
    "Freeze the rents now", "Repair every home before winter", "Reopen the night clinic",
    "Hands off our jobs", "Équité salariale pour toutes et tous", "Öffentliches Land bleibt öffentlich",
    "Жильё для всех", "Ωράριο με ασφάλεια", "Safe cranes or no work", "Public land for public homes",
    "A pay rise above inflation for every grade", "Down with the closures",
    "Bring the bus routes back", "Abolish the new shift pattern", "Zero evictions this winter",
    "Ñandú: que no se cierre el refugio", "Ángeles y mareas para la plaza", "Union recognition on the quay",
    "We call on every branch of the movement to send a delegation to the picket line on "
    "Saturday morning", "Nothing about us without us", "End damp and mould in every block",
    "Dockers' safety first", "Keep the port public", "Investigate the landlords",
)


@dataclass(frozen=True)
class CorpusStatement:
    name: str
    title: str
    organisation: str
    date: str
    words: int
    demands: tuple[str, ...]
    text: str


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_SUBJECTS), rng.choice(_VERBS), rng.choice(_OBJECTS)]
    if rng.random() < 0.6:
        words.append(rng.choice(_TAILS))
    sentence = " ".join(words)
    return sentence[0].upper() + sentence[1:] + "."


def _body(rng: random.Random, words: int) -> str:
    paragraphs, count = [], 0
    while count < words:
        paragraph = []
        for _ in range(rng.randint(3, 7)):
            paragraph.append(_sentence(rng))
            count += len(paragraph[-1].split())
            if count >= words:
                break
        paragraphs.append(" ".join(paragraph))
    return "\n\n".join(paragraphs)


#: Word counts: short notices, leaflet-length statements and long arguments.
LENGTHS = (130, 90, 220, 480, 650, 900, 300, 600, 160, 1100, 540, 260)


def corpus(count: int = 24, seed: int = 7) -> list[CorpusStatement]:
    """``count`` statements, dated 2016–2025, from the three organisations in turn."""
    rng = random.Random(seed)
    statements = []
    for number in range(count):
        title = TITLES[number % len(TITLES)]
        organisation = ORGANISATIONS[number % 3]
        year = 2016 + (number * 7) % 10
        date = f"{year}-{1 + number % 12:02d}-{1 + (number * 5) % 27:02d}"
        words = LENGTHS[number % len(LENGTHS)]
        demands = tuple(DEMANDS[(number * 3 + k) % len(DEMANDS)]
                        for k in range(1 + number % 5))
        text = (f'---\ntitle: "{title}"\ndate: {date}\norganisation: "{organisation}"\n'
                f"tags: [{['housing', 'health', 'port'][number % 3]}]\n---\n\n"
                f"{_body(rng, words)}\n\n::: demands\n"
                + "".join(f"- {demand}\n" for demand in demands) + ":::\n")
        statements.append(CorpusStatement(f"s{number:02d}.md", title, organisation, date,
                                          words, demands, text))
    return statements


_NOTES = ("The figure is the council's own, from its published accounts for the year.",
          "Minutes of the meeting, item 4; the vote was taken without a quorum.",
          "The decision letter is dated in July and runs to a single page, unsigned.",
          "Counted by our members at the gate over three weeks in the spring.",
          "The consultation closed after four weeks; no meeting was held in the ward.")


def noted_corpus(count: int = 8, seed: int = 11, lengths: tuple[int, ...] = (420, 520, 610, 700)
                 ) -> list[CorpusStatement]:
    """``count`` statements with footnotes: a note called in each of the last paragraphs
    (so calls fall near the foot of a page and just before the slogan block), and four or
    five demands, a slogan block too tall to slip in under a short last page."""
    rng = random.Random(seed)
    statements = []
    for number in range(count):
        title = TITLES[(number * 5) % len(TITLES)]
        organisation = ORGANISATIONS[number % 3]
        date = f"{2017 + number % 8}-{1 + number % 12:02d}-{1 + (number * 3) % 27:02d}"
        words = lengths[number % len(lengths)] + rng.randint(0, 60)
        paragraphs = _body(rng, words).split("\n\n")
        notes = []
        for k in range(1, min(4, len(paragraphs)) + 1):  # the last paragraphs, each a call
            sentences = paragraphs[-k].split(" ")
            ends = [i for i, word in enumerate(sentences) if word.endswith(".")]
            sentences[rng.choice(ends)] += f"[^n{k}]"  # the call after a full stop
            paragraphs[-k] = " ".join(sentences)
            notes.append(f"[^n{k}]: {_NOTES[(number + k) % len(_NOTES)]}")
        demands = tuple(DEMANDS[(number * 5 + k) % len(DEMANDS)] for k in range(4 + number % 2))
        text = (f'---\ntitle: "{title}"\ndate: {date}\norganisation: "{organisation}"\n---\n\n'
                + "\n\n".join(paragraphs) + "\n\n" + "\n".join(notes) + "\n\n::: demands\n"
                + "".join(f"- {demand}\n" for demand in demands) + ":::\n")
        statements.append(CorpusStatement(f"n{number:02d}.md", title, organisation, date,
                                          words, demands, text))
    return statements
