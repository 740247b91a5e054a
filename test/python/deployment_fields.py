"""The fields Prefect's own request and response schemas give a deployment, read from
the source of a Prefect release (argv: <version>=<prefect package folder>). Prints JSON:
{"<version>": {"create": [...], "update": [...], "response": [...]}}. Read with ast: older releases
need other dependencies than the test venvs have."""
import ast
import json
import os
import sys


def fields(path, class_name):
    tree = ast.parse(open(path).read())
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            return sorted(n.target.id for n in node.body if isinstance(n, ast.AnnAssign))
    raise SystemExit(f"{class_name} not found in {path}")


out = {}
for arg in sys.argv[1:]:
    version, package = arg.split("=", 1)
    out[version] = {
        "create": fields(os.path.join(package, "server/schemas/actions.py"), "DeploymentCreate"),
        "update": fields(os.path.join(package, "server/schemas/actions.py"), "DeploymentUpdate"),
        "response": fields(os.path.join(package, "server/schemas/responses.py"), "DeploymentResponse"),
    }
print(json.dumps(out))
