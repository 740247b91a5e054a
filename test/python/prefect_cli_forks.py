"""Runs the pinned `prefect` CLI once per request, each run in a fork of this process.

Started as `python prefect_cli_forks.py PREFECT_SCRIPT` with the environment every run shares,
it imports what `prefect deploy` imports, then reads one JSON request a line from stdin:
{"args": [...], "cwd": "...", "env": {...}, "output": "file"}. A fork runs the console script's
own entry point (`prefect.cli.app`) there, with `env` on top and stdout and stderr in `output`,
and exits the way the script does; the answer is one JSON line {"status": exit code, or null
when a signal ended it}. Only the imports are shared: each run starts from the state a fresh
`prefect` process has after importing, and nothing it does reaches the next run.
"""

import json
import os
import sys
import threading

script = sys.argv[1]
# What a console script sees: its own folder first on sys.path, its path as argv[0].
sys.path[0] = os.path.dirname(script)

import prefect.cli  # noqa: E402
import prefect.cli.deploy._commands  # noqa: E402,F401
import prefect.cli.deploy._core  # noqa: E402,F401
import prefect.client.orchestration  # noqa: E402,F401
import prefect.deployments.runner  # noqa: E402,F401
import prefect.deployments.steps.core  # noqa: E402,F401
import prefect.flows  # noqa: E402,F401

# A fork copies only the thread that forks: had an import started another, the runs could hang.
if threading.active_count() != 1:
    sys.exit(f"prefect_cli_forks: the imports started {threading.active_count() - 1} threads")

for line in sys.stdin:
    request = json.loads(line)
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        os.chdir(request["cwd"])
        os.environ.update(request["env"])
        out = os.open(request["output"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(out, 1)
        os.dup2(out, 2)
        os.close(out)
        sys.argv = [script, *request["args"]]
        # As the console script ends: its exit code, an uncaught exception's traceback and 1.
        sys.exit(prefect.cli.app())
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    print(json.dumps({"status": code if code >= 0 else None}), flush=True)
