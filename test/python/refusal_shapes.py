"""The texts Prefect's server builds its 409 and 422 answers from, made by the pinned Prefect's own code.

Output (stdout): JSON object of named texts. Each comes from the function the server calls
(cited); the route's own wrapper text ("Error updating deployment: ...") is added by the test,
which cites the route.
"""
import json
import sys
import uuid

import pydantic

from prefect.server.schemas.actions import DeploymentCreate, DeploymentUpdate, WorkPoolCreate
from prefect.utilities.schema_tools.validation import ValidationError, is_valid_schema, validate

SECRET = sys.argv[1]
SCHEMA = {
    "title": "Parameters",
    "type": "object",
    "properties": {
        "source": {"title": "source", "type": "string", "position": 0},
        "limit": {"title": "limit", "type": "integer", "default": 5, "position": 1},
        "config": {"$ref": "#/definitions/Config", "position": 2},
    },
    "required": ["source"],
    "definitions": {
        "Config": {"title": "Config", "type": "object", "properties": {"table": {"type": "string"}, "tags": {"type": "array", "items": {"type": "string"}}}, "required": ["table"]}
    },
}
VARIABLES = {"type": "object", "properties": {"command": {"type": "string"}, "env": {"type": "object", "additionalProperties": {"type": "string"}}}}
out = {}


def raised(fn):
    try:
        fn()
    except (ValidationError, pydantic.ValidationError, ValueError) as exc:
        return exc
    raise AssertionError("no error")


# api/deployments.py update_deployment: validate(parameters, schema, raise_on_error=True, ignore_required=True)
out["parameter"] = str(raised(lambda: validate({"source": "crm", "limit": SECRET}, SCHEMA, raise_on_error=True, ignore_required=True)))
out["nested_parameter"] = str(raised(lambda: validate({"source": "crm", "config": {"table": "t", "tags": ["a", 7]}}, SCHEMA, raise_on_error=True, ignore_required=True)))
out["unresolvable_parameter"] = str(raised(lambda: validate({"x": 1}, {"type": "object", "properties": {"x": {"$ref": "#/definitions/Gone"}}}, raise_on_error=True, ignore_required=True)))
# api/validation.py _validate_work_pool_job_variables: validate(..., preprocess=True, allow_none_with_default=True)
out["job_variable"] = str(raised(lambda: validate({"command": {"token": SECRET}}, VARIABLES, raise_on_error=True, ignore_required=True, allow_none_with_default=True)))
# is_valid_schema (same function, on the pool's variables)
out["invalid_schema"] = str(raised(lambda: is_valid_schema({"type": "object", "properties": {"command": {"type": "strin"}}}, preprocess=False)))
# schemas/actions.py DeploymentUpdate.check_valid_configuration: the first jsonschema error, raised as it is (its repr in the answer)
try:
    DeploymentUpdate(job_variables={"command": {"token": SECRET}}).check_valid_configuration({"variables": VARIABLES})
except Exception as exc:  # jsonschema.exceptions.ValidationError
    out["update_job_variable_repr"] = repr(exc)
else:
    raise AssertionError("no error")
# schemas/actions.py DeploymentCreate._validate_parameters_conform_to_schema, _validate_concurrency_limits:
# pydantic's errors, which FastAPI answers as exception_detail (api/server.py validation_exception_handler)
fid = str(uuid.uuid4())


def items(model, **kw):
    return json.loads(raised(lambda: model(**kw)).json())
out["create_parameter_items"] = items(DeploymentCreate, name="d", flow_id=fid, enforce_parameter_schema=True, parameter_openapi_schema=SCHEMA, parameters={"source": "crm", "limit": SECRET})
out["create_schema_items"] = items(DeploymentCreate, name="d", flow_id=fid, enforce_parameter_schema=True, parameter_openapi_schema={"type": "objectx"}, parameters={})
out["create_limits_items"] = items(DeploymentCreate, name="d", flow_id=fid, concurrency_limit=2, global_concurrency_limit_id=fid)
# schemas/actions.py validate_base_job_template (WorkPoolCreate)
out["pool_template_items"] = items(WorkPoolCreate, name="p", base_job_template={"variables": {}})
out["pool_undeclared_items"] = items(WorkPoolCreate, name="p", base_job_template={"job_configuration": {"command": "{{ " + "nope }}"}, "variables": {"type": "object", "properties": {}}})
json.dump(out, sys.stdout)
