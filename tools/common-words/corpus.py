"""The corpus notes both word lists are counted from: every note but those of the held-out pools.

A note's pool is the first hex digit of the SHA-256 of its file name; pools 2 and 7 hold the unseen labelled sets
(HeldOut8, HeldOut7), so no statistic the rules read may come from them. Pool 4 (HeldOut6, unseen until extraction-10)
stays out too, so that the lists change only by what pool 2 contributed.
"""

import hashlib
import pathlib

HELD_OUT_POOLS = "247"


def held_out(path):
    return hashlib.sha256(path.name.encode("utf-8")).hexdigest()[0] in HELD_OUT_POOLS


def notes(root):
    """The paths of the notes under root, sorted, held-out pools left out."""
    return [path for path in sorted(pathlib.Path(root).rglob("*.md")) if not held_out(path)]
