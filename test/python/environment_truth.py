"""The top-level modules importable where only the pinned Prefect is installed.

Output (stdout): JSON list: Python's standard library (public names) and the top-level
modules of prefect's dependency closure (without extras).
"""
import importlib.metadata as md
import json
import sys

from packaging.requirements import Requirement

seen, todo = set(), ["prefect"]
while todo:
    name = todo.pop()
    key = name.lower().replace("_", "-")
    if key in seen:
        continue
    seen.add(key)
    try:
        dist = md.distribution(name)
    except md.PackageNotFoundError:
        continue
    for r in dist.requires or []:
        req = Requirement(r)
        if not req.marker or req.marker.evaluate({"extra": ""}):
            todo.append(req.name)

tops = {n for n in sys.stdlib_module_names if not n.startswith("_")}
for key in seen:
    try:
        dist = md.distribution(key)
    except md.PackageNotFoundError:
        continue
    listed = dist.read_text("top_level.txt")
    names = listed.split() if listed else [str(f).split("/")[0].removesuffix(".py") for f in dist.files or []]
    tops.update(n for n in names if n and n.isidentifier() and not n.startswith("_"))
json.dump(sorted(tops), sys.stdout)
