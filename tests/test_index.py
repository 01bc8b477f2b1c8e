"""The book's index: Unicode collation with the language's tailoring, letter groups."""

from pamphlet.collection.index import build_index, letter_of, sort_key

WORDS = ["nube", "ñandú", "oso", "zebra", "ål", "Ángel", "éxito", "Øl", "Ωράριο", "Жильё",
         "«Quoted»", "12 routes", "apple", "Apple"]


def ordered(lang):
    return sorted(WORDS, key=lambda w: sort_key(w, lang))


def test_default_order_files_accented_letters_with_their_base():
    order = ordered("en")
    assert order[0] == "12 routes"
    assert order.index("ål") < order.index("Ángel") < order.index("éxito")
    assert order.index("ñandú") < order.index("nube") < order.index("Øl") < order.index("oso")
    assert order[-2:] == ["Ωράριο", "Жильё"]  # Latin, Greek, Cyrillic
    assert order.index("apple") < order.index("Apple")  # case only breaks ties
    assert [letter_of(w, "en") for w in ("Ángel", "Øl", "Ωράριο", "Жильё", "«Quoted»", "12 routes")
            ] == ["A", "O", "Ω", "Ж", "Q", "0–9"]


def test_spanish_sorts_ñ_after_n_in_a_group_of_its_own():
    order = ordered("es")
    assert order.index("nube") < order.index("ñandú") < order.index("oso")
    assert letter_of("ñandú", "es") == "Ñ" and letter_of("ñandú", "en") == "N"


def test_swedish_and_danish_put_their_letters_after_z():
    assert ordered("sv").index("ål") > ordered("sv").index("zebra")
    assert letter_of("ål", "sv") == "Å" and letter_of("Øl", "sv") == "Ö"
    assert ordered("da").index("Øl") > ordered("da").index("zebra")


def test_entries_merge_repeats_and_keep_their_occurrences():
    items = [{"text": t, "html": t, "target": f"t{n}", "title": f"S{n}"}
             for n, t in enumerate(["Freeze rents", "Abolish fees", "freeze  rents", "Éire"])]
    groups = build_index(items, "en")
    assert [g["letter"] for g in groups] == ["A", "E", "F"]
    freeze = groups[2]["entries"][0]
    assert [o["target"] for o in freeze["occurrences"]] == ["t0", "t2"]
