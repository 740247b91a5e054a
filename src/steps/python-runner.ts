/**
 * The Python program that probes and runs a step given as a Python function, passed to
 * `python3 -c` (an argument list: no shell, no file to ship beside the bundle). Its
 * request comes as JSON on stdin; its answer is one JSON line on stdout that starts with
 * the request's marker, so what the step itself prints stays apart from it.
 *
 * - `probe`: can each function's module be found, as `prefect deploy` imports it (the
 *   working directory first on sys.path)? Specs are looked up through `sys.meta_path`
 *   without importing anything, so no code of the repository runs.
 * - `run`: imports the function and calls it with the inputs as keyword arguments,
 *   awaiting a coroutine, as `prefect.deployments.steps.core.run_step` does. A dict it
 *   returns is the step's outputs; anything else gives none.
 *
 * The runner's own imports come first, with the working directory off sys.path: a
 * repository's `json.py` is never imported in its place.
 */
export const PYTHON_RUNNER = String.raw`
import sys
if sys.path and sys.path[0] == '':
    del sys.path[0]
import asyncio, importlib, inspect, json, math, os, traceback


def split(fqn):
    # prefect.utilities.importtools.import_object: module:object.path or module.object
    if ':' in fqn:
        module, path = fqn.rsplit(':', 1)
    elif '.' in fqn:
        module, path = fqn.rsplit('.', 1)
    else:
        raise ValueError('not a module path: write package.module.function')
    return module, path


def find(module):
    path = None
    parts = module.split('.')
    for i in range(len(parts)):
        name = '.'.join(parts[:i + 1])
        loaded = sys.modules.get(name)
        if loaded is not None:
            path = getattr(loaded, '__path__', None)
        elif i > 0 and path is None:
            return "No module named '%s' ('%s' is not a package)" % (module, '.'.join(parts[:i]))
        else:
            spec = None
            for finder in sys.meta_path:
                find_spec = getattr(finder, 'find_spec', None)
                if find_spec is None:
                    continue
                spec = find_spec(name, path)
                if spec is not None:
                    break
            if spec is None:
                return "No module named '%s'" % name
            path = spec.submodule_search_locations
    return None


def probe(fns):
    out = {}
    sys.path.insert(0, os.getcwd())
    for fn in fns:
        try:
            if '.py:' in fn:
                out[fn] = 'a script path: write the module path (package.module.function)'
                continue
            out[fn] = find(split(fn)[0])
        except Exception as e:
            out[fn] = '%s: %s' % (type(e).__name__, e)
    return {'python': sys.executable, 'version': '%d.%d.%d' % sys.version_info[:3], 'modules': out}


def where(tb):
    # The innermost frame outside this runner: the step's own line.
    frames = [f for f in traceback.extract_tb(tb) if f.filename != '<string>']
    if not frames:
        return None
    f = frames[-1]
    name = f.filename
    try:
        name = os.path.relpath(name)
    except ValueError:
        pass
    return '%s:%s' % (name, f.lineno)


def plain(value):
    # JSON as Python holds it: no NaN or infinity, text keys.
    if isinstance(value, float) and not math.isfinite(value):
        raise TypeError('a float that is not finite')
    if isinstance(value, dict):
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError('a key that is not text (%r)' % (k,))
            plain(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            plain(v)
    elif not (value is None or isinstance(value, (str, bool, int, float))):
        raise TypeError('a %s' % type(value).__name__)


def run(fn, inputs):
    module, path = split(fn)
    cwd = os.getcwd()
    sys.path.insert(0, cwd)
    try:
        obj = importlib.import_module(module)
    except BaseException as e:
        return {'error': 'import', 'type': type(e).__name__, 'message': str(e), 'where': where(e.__traceback__)}
    finally:
        sys.path.remove(cwd)
    try:
        for part in path.split('.'):
            obj = getattr(obj, part)
    except AttributeError as e:
        return {'error': 'import', 'type': 'AttributeError', 'message': str(e), 'where': None}
    try:
        result = obj(**inputs)
        if inspect.isawaitable(result):
            async def wait():
                return await result
            result = asyncio.run(wait())
    except BaseException as e:
        return {'error': 'call', 'type': type(e).__name__, 'message': str(e), 'where': where(e.__traceback__)}
    if not isinstance(result, dict):
        return {'outputs': None, 'returned': type(result).__name__}
    for k, v in result.items():
        try:
            plain({k: v})
        except TypeError as e:
            return {'error': 'outputs', 'key': str(k), 'message': str(e)}
    return {'outputs': result}


request = json.load(sys.stdin)
if request['mode'] == 'probe':
    answer = probe(request['fns'])
else:
    answer = run(request['fn'], request['inputs'])
sys.stdout.flush()
sys.__stdout__.write('\n' + request['marker'] + json.dumps(answer) + '\n')
sys.__stdout__.flush()
`;
