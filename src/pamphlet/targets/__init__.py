"""Stage 4, targets: what each output is for. One module per target, each registered here;
adding a target is one new module plus one ``register`` call (or an entry point in the
``pamphlet.targets`` group, for a target that lives in another package).

Nothing here imports WeasyPrint: ``pamphlet --help`` lists the targets at once.
"""

from __future__ import annotations

from importlib.metadata import entry_points

from pamphlet.errors import PamphletError
from pamphlet.targets.base import Finished, Output, Scope, Target

__all__ = ["Finished", "Output", "Scope", "Target", "get_target", "register", "target_names"]

_REGISTRY: dict[str, Target] = {}
_LOADED = False


def register(target: Target) -> Target:
    """Make ``target`` available by its name; a name is registered once."""
    if target.name in _REGISTRY and type(_REGISTRY[target.name]) is not type(target):
        raise ValueError(f"target '{target.name}' is registered twice")
    _REGISTRY[target.name] = target
    return target


def _load() -> None:
    """The built-in targets, then any an installed package adds through an entry point."""
    global _LOADED
    if _LOADED:
        return
    _LOADED = True
    from pamphlet.targets.office import OfficeTarget
    from pamphlet.targets.press import PrintTarget
    from pamphlet.targets.screen import ScreenTarget
    from pamphlet.targets.social import SocialTarget

    for target in (ScreenTarget(), PrintTarget(), OfficeTarget(), SocialTarget()):
        register(target)
    for entry in entry_points(group="pamphlet.targets"):
        register(entry.load()())


def target_names() -> list[str]:
    """Every registered target's name, built-in ones first."""
    _load()
    return list(_REGISTRY)


def get_target(name: str) -> Target:
    """The target called ``name``, or an error listing the known ones."""
    _load()
    if name not in _REGISTRY:
        raise PamphletError(f"unknown target '{name}'; known targets: "
                            f"{', '.join(_REGISTRY)}")
    return _REGISTRY[name]
