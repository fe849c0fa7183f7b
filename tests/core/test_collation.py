"""Khmer dictionary order (cmdesk/collation.py), on the real province names and on the
letters where it differs from code-point order; tests/ui/test_collation.py checks the
same against Qt's ICU collator."""

from __future__ import annotations

from cmdesk.collation import sort_key


def test_the_provinces_in_khmer_dictionary_order(catalog):
    names = [p.name_km for p in catalog.provinces]
    assert sorted(names, key=sort_key) == [
        "កណ្ដាល", "កែប", "កំពង់ចាម", "កំពង់ឆ្នាំង", "កំពង់ធំ", "កំពង់ស្ពឺ", "កំពត",
        "កោះកុង",  # ោះ comes after ំ in the vowel order (code points put it before)
        "ក្រចេះ",  # a subscript consonant after every vowel of its first consonant
        "តាកែវ", "ត្បូងឃ្មុំ", "បន្ទាយមានជ័យ", "បាត់ដំបង", "ប៉ៃលិន", "ពោធិ៍សាត់", "ព្រៃវែង",
        "ព្រះវិហារ", "ព្រះសីហនុ", "ភ្នំពេញ", "មណ្ឌលគិរី", "រតនគិរី", "សៀមរាប", "ស្ទឹងត្រែង",
        "ស្វាយរៀង", "ឧត្ដរមានជ័យ"]
    assert sorted(names) != sorted(names, key=sort_key)  # code points get កោះកុង wrong


def test_where_dictionary_order_differs_from_code_points():
    def ordered(*words):
        return sorted(words, key=sort_key) == list(words) and sorted(reversed(words), key=sort_key) == list(words)

    # Independent vowels are filed as អ with the vowel they stand for.
    assert ordered("អា", "អិ", "ឥឡូវ", "អី", "អុក", "ឧសភា", "អូ", "អែ", "ឯក", "អោ", "ឱ", "ឲ្យ", "អៅ")
    assert ordered("រ", "រោង", "រ្ក", "ឫស្សី", "ឬ", "ល", "លឿន", "ឭ", "ឮ", "វ")  # ឫ ឬ after រ, ឭ ឮ after ល
    # The vowels with ំ and ះ end the vowel order; a subscript comes after them all.
    assert ordered("កា", "កិ", "កោ", "កៅ", "កុំ", "កំ", "កាំ", "កះ", "កិះ", "កុះ", "កេះ", "កោះ", "ក្ក")
    # Signs above a consonant decide only between words otherwise the same.
    assert ordered("ក", "ក់", "ក៉", "កក", "កក់", "កា")
    assert sort_key("កំពង់\u200bចាម")[:3] == sort_key("កំពង់ចាម")[:3]  # zero-width spaces ignored


def test_other_scripts_sort_without_case_first():
    assert sorted(["pursat", "Battambang", "kep", "Kampot"], key=sort_key) == [
        "Battambang", "Kampot", "kep", "pursat"]
    assert sorted(["Kep", "kep"], key=sort_key) == ["kep", "Kep"]  # then exactly, lower case first
    assert sorted(["Ratanakiri", "Réam", "Rattanak"], key=sort_key)[0] == "Ratanakiri"


def test_the_register_sorts_provinces_in_the_order_given_else_by_english_name(demo_store, catalog):
    register = demo_store.casualties
    khmer = {p.code: p.name_km for p in catalog.provinces}
    english = {p.code: p.name for p in catalog.provinces}

    def provinces(keys):
        rows = register.rows(keys)
        return [rows[k]["province_code"] for k in keys if rows[k]["province_code"]]

    def runs(codes):  # each province once, in the order met
        return [c for n, c in enumerate(codes) if n == 0 or codes[n - 1] != c]

    by_khmer = sorted(khmer, key=lambda code: sort_key(khmer[code]))
    met = runs(provinces(register.keys(sort="province_code", province_order=by_khmer)))
    assert met == [c for c in by_khmer if c in met] and len(met) > 3
    met = runs(provinces(register.keys(sort="province_code", descending=True, province_order=by_khmer)))
    assert met == [c for c in reversed(by_khmer) if c in met]
    met = runs(provinces(register.keys(sort="province_code")))
    assert [english[c] for c in met] == sorted(english[c] for c in met)
