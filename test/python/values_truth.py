"""Prefect's server verdict on parameter values: valid or not against a flow's schema.

Input (stdin): JSON list of {"schema": ..., "parameters": {...}}. Output (stdout): JSON list
of booleans, from prefect.utilities.schema_tools.validate as the server calls it for a
deployment's parameters (raise_on_error=True, ignore_required=True).
"""
import json
import sys

from prefect.utilities.schema_tools.validation import ValidationError, validate

out = []
for case in json.load(sys.stdin):
    try:
        validate(case["parameters"], case["schema"], raise_on_error=True, ignore_required=True)
        out.append(True)
    except ValidationError:
        out.append(False)
json.dump(out, sys.stdout)
