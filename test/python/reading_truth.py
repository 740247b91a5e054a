"""How the pinned Prefect's own libraries read values: PyYAML's SafeLoader (what
prefect deploy loads prefect.yaml with), pydantic's lax bool and timedelta, Prefect's
ListOfNonEmptyStrings, Python's shlex.split and string.Template.safe_substitute.

Input (stdin): JSON {"yaml": [...], "bool": [...], "duration": [...], "tags": [...], "shlex": [...], "template": [[text, env], ...]}.
Output: the same keys, one answer a case; a refused value is {"error": <exception type>}.
"""
import datetime
import json
import shlex
import string
import sys

import pydantic_core
import yaml
from pydantic import TypeAdapter

from prefect.types import ListOfNonEmptyStrings


def answer(fn):
    try:
        return fn()
    except Exception as e:  # noqa: BLE001 - every refusal is an answer
        return {"error": type(e).__name__}


def yaml_answer(text):
    value = yaml.safe_load(text)
    kind = {datetime.datetime: "timestamp", datetime.date: "date"}.get(type(value), type(value).__name__)
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return {"type": "float", "json": str(value)}
    return {"json": json.loads(pydantic_core.to_json(value).decode()), "type": kind}


cases = json.load(sys.stdin)
bool_adapter = TypeAdapter(bool)
duration_adapter = TypeAdapter(datetime.timedelta)
tags_adapter = TypeAdapter(ListOfNonEmptyStrings)
json.dump(
    {
        "yaml": [answer(lambda t=t: yaml_answer(t)) for t in cases["yaml"]],
        "bool": [answer(lambda v=v: bool_adapter.validate_python(v)) for v in cases["bool"]],
        "duration": [answer(lambda v=v: duration_adapter.validate_python(v).total_seconds()) for v in cases["duration"]],
        "tags": [answer(lambda v=v: tags_adapter.validate_python(v)) for v in cases["tags"]],
        "shlex": [answer(lambda v=v: shlex.split(v)) for v in cases["shlex"]],
        "template": [answer(lambda t=t, e=e: string.Template(t).safe_substitute(e)) for t, e in cases["template"]],
    },
    sys.stdout,
)
