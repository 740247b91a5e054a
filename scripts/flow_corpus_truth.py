"""What the pinned Prefect computes for every module-level flow of a corpus of repositories.

Usage: python flow_corpus_truth.py CORPUS_DIR > truth.json
Each folder of CORPUS_DIR is one repository. Every .py file is parsed with `ast`;
a module-level function with a decorator that mentions "flow" is a candidate
entrypoint, loaded as `prefect deploy` does (load_flow_from_entrypoint, from the
repository root) and described with parameter_schema. One process for everything:
sys.path and sys.modules are reset between repositories. The repositories' code
runs here (importing a module runs it): run this only on a machine without
credentials and with no network but loopback.
"""
import ast
import json
import logging
import os
import signal
import sys
import warnings

logging.disable(logging.CRITICAL)
warnings.simplefilter("ignore")

from prefect.flows import load_flow_from_entrypoint  # noqa: E402
from prefect.utilities.callables import parameter_schema  # noqa: E402

SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "env", "site-packages", "__pycache__", ".tox", "build", "dist"}
TIMEOUT = 20


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout(f"import took more than {TIMEOUT}s")


def mentions_flow(decorator):
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return "flow" in ast.unparse(target).lower()


def candidates(repo):
    for folder, dirs, files in os.walk(repo):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(folder, name)
            try:
                with open(path, "rb") as f:
                    tree = ast.parse(f.read())
            except (SyntaxError, ValueError, RecursionError, OSError):
                continue
            for node in tree.body:
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(mentions_flow(d) for d in node.decorator_list):
                    yield f"{os.path.relpath(path, repo)}:{node.name}"


def main():
    corpus = os.path.abspath(sys.argv[1])
    # Modules print when imported: only the result goes to the real stdout.
    result_out = sys.stdout
    sys.stdout = sys.stderr
    signal.signal(signal.SIGALRM, on_alarm)
    base_path = list(sys.path)
    base_modules = set(sys.modules)
    out = {}
    for repo_name in sorted(os.listdir(corpus)):
        repo = os.path.join(corpus, repo_name)
        if not os.path.isdir(repo):
            continue
        os.chdir(repo)
        flows = {}
        for entrypoint in candidates(repo):
            signal.alarm(TIMEOUT)
            try:
                flow = load_flow_from_entrypoint(entrypoint)
                flows[entrypoint] = {
                    "name": flow.name,
                    "description": flow.description,
                    "schema": parameter_schema(flow).model_dump(mode="json", exclude_unset=True),
                }
            except BaseException as exc:  # noqa: BLE001 - the corpus records every failure
                if isinstance(exc, KeyboardInterrupt):
                    raise
                flows[entrypoint] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
            finally:
                signal.alarm(0)
        out[repo_name] = flows
        sys.path[:] = base_path
        for name in set(sys.modules) - base_modules:
            del sys.modules[name]
        print(f"{repo_name}: {len(flows)} candidate flows", file=sys.stderr)
    json.dump(out, result_out, sort_keys=True)


main()
