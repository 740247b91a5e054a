"""Ask the pinned Prefect what it computes for each flow entrypoint.

Input (stdin): JSON list of entrypoints relative to the working directory.
Output (stdout): JSON object entrypoint -> {name, description, schema} or {error}.
The schema is what `prefect deploy` sends: parameter_schema(flow).model_dump(exclude_unset=True).
"""
import json
import logging
import sys

logging.disable(logging.CRITICAL)

from prefect.flows import load_flow_from_entrypoint  # noqa: E402
from prefect.utilities.callables import parameter_schema  # noqa: E402

result = {}
for entrypoint in json.load(sys.stdin):
    try:
        flow = load_flow_from_entrypoint(entrypoint)
        result[entrypoint] = {
            "name": flow.name,
            "description": flow.description,
            "schema": parameter_schema(flow).model_dump(mode="json", exclude_unset=True),
        }
    except Exception as exc:  # the corpus records failures too
        result[entrypoint] = {"error": f"{type(exc).__name__}: {exc}"}
json.dump(result, sys.stdout, indent=1, sort_keys=True)
