"""Prefect's server verdict on parameter values: valid or not against a flow's schema.

Input (stdin): JSON list of {"schema": ..., "parameters": {...}}. Output (stdout): JSON list
of booleans, from prefect.utilities.schema_tools.validate as the server calls it for a
deployment's parameters (raise_on_error=True, ignore_required=True). With --runs, the
verdict when a run is created (api/deployments.py create_flow_run_from_deployment:
required fields checked), the flow's own required parameters aside (a run passes them).
"""
import json
import sys

from prefect.utilities.schema_tools import validation
from prefect.utilities.schema_tools.validation import ValidationError, validate

# validate() checks the schema against the metaschema on every call: nine tenths of its time
# here, where thousands of cases share a few dozen schemas. A schema that passed once passes
# again, so each passes once; a failing one still raises every time.
_check_schema = validation._VALIDATOR.check_schema
_passed = set()


def check_schema_once(schema, *args, **kwargs):
    key = json.dumps(schema, sort_keys=True)
    if key not in _passed:
        _check_schema(schema, *args, **kwargs)
        _passed.add(key)


validation._VALIDATOR.check_schema = check_schema_once

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
