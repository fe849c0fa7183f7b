"""The words that tell SRAAP indicators apart. Nearly every indicator of the Siem
Reap-Angkor Action Plan opens with "% of affected States Parties that report ...",
so a list that shows each one's first words shows the same words 35 times; lists
show what follows instead (the full text stays on the indicator's page)."""

from __future__ import annotations

import re

_SHARED_OPENING = re.compile(
    r"^%?\s*of\s+(?:affected\s+)?States\s+Parties\s+that\s+(?:have\s+|report\s+(?:on\s+)?(?:having\s+)?)?",
    re.IGNORECASE)


def distinguishing_words(text: str) -> str:
    """`text` without the opening all indicators share, its first letter in capitals:
    "% of affected States Parties that report having a resource mobilisation plan in
    place." gives "A resource mobilisation plan in place." Text without that opening
    is given back as it is."""
    rest = _SHARED_OPENING.sub("", text.strip(), count=1)
    if not rest or rest == text.strip():
        return text.strip()
    return rest[0].upper() + rest[1:]
