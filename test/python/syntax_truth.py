"""CPython's verdict on each snippet: compile() as a module, and whether ast.parse accepts it.

Input (stdin): JSON list of sources. Output (stdout): JSON list of
{"ok": true} or {"ok": false, "line": N, "col": N, "message": "...", "parses": bool}
("parses": ast.parse accepts what the compiler refuses, as Prefect's loader then reads it).
"""
import ast
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
        try:
            ast.parse(source)
            parses = True
        except SyntaxError:
            parses = False
        out.append({"ok": False, "line": exc.lineno, "col": exc.offset, "message": exc.msg, "parses": parses})
json.dump(out, sys.stdout)
