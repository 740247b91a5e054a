"""CPython's verdict on each snippet: compile() as a module.

Input (stdin): JSON list of sources. Output (stdout): JSON list of
{"ok": true} or {"ok": false, "line": N, "col": N, "message": "..."}.
"""
import json
import sys
import warnings

warnings.simplefilter("ignore")
out = []
for source in json.load(sys.stdin):
    try:
        compile(source, "snippet.py", "exec", dont_inherit=True)
        out.append({"ok": True})
    except SyntaxError as exc:  # IndentationError and TabError too
        out.append({"ok": False, "line": exc.lineno, "col": exc.offset, "message": exc.msg})
json.dump(out, sys.stdout)
