"""The words that tell SRAAP indicators apart (cmdesk/catalog/indicator_text.py)."""

from cmdesk.catalog.indicator_text import distinguishing_words


def test_the_shared_opening_is_left_out():
    assert distinguishing_words("% of affected States Parties that report having a resource "
                                "mobilisation plan in place.") == "A resource mobilisation plan in place."
    assert distinguishing_words("% of States Parties that report on efforts to increase "
                                "resources") == "Efforts to increase resources"
    assert distinguishing_words("% of affected States Parties that have taken advantage of the "
                                "Individualised Approach.") == "Taken advantage of the Individualised Approach."


def test_a_text_without_it_is_kept(catalog):
    assert distinguishing_words("of mine victims participating") == "of mine victims participating"
    shown = [distinguishing_words(i.text) for i in catalog.indicators()]
    assert len(set(shown)) == len(shown)  # every indicator is told apart
    assert not any(text.startswith("%") for text in shown)
