"""Prefect's server verdict on parameter values: valid or not against a flow's schema.

Input (stdin): JSON list of {"schema": ..., "parameters": {...}}. Output (stdout): JSON list
of booleans, from prefect.utilities.schema_tools.validate as the server calls it for a
deployment's parameters (raise_on_error=True, ignore_required=True). With --runs, the
verdict when a run is created (api/deployments.py create_flow_run_from_deployment:
required fields checked), the flow's own required parameters aside (a run passes them).
"""
import json
import sys

from prefect.utilities.schema_tools.validation import ValidationError, validate

runs = "--runs" in sys.argv
out = []
for case in json.load(sys.stdin):
    schema = dict(case["schema"], required=[]) if runs else case["schema"]
    try:
        validate(case["parameters"], schema, raise_on_error=True, ignore_required=not runs)
        out.append(True)
    except ValidationError:
        out.append(False)
json.dump(out, sys.stdout)
