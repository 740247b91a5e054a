/**
 * Prefect's 409 and 422 answers for deployments, work pools and queues, blocks and
 * automations, in words: which object, which field path, which kind of problem. Each
 * shape is one the pinned server's source writes (cited beside it); an answer of no
 * known shape gets no message here (the caller says the text is not shown). Prefect's
 * texts quote the values sent, so only fixed parts are read: a field path made of
 * names and list positions, and the kind of problem from the fixed end of
 * jsonschema's message. A value is never shown, and nothing is guessed.
 */

const OBJECTS: [RegExp, string][] = [
  [/^\/deployments(\/|$)/, 'deployment'],
  [/^\/work_pools\/[^/]+\/queues(\/|$)/, 'work queue'],
  [/^\/work_pools(\/|$)/, 'work pool'],
  [/^\/work_queues(\/|$)/, 'work queue'],
  [/^\/block_documents(\/|$)/, 'block'],
  [/^\/block_types(\/|$)/, 'block type'],
  [/^\/block_schemas(\/|$)/, 'block schema'],
  [/^\/automations(\/|$)/, 'automation'],
];

/** The kind of object a route writes, or undefined for routes outside these endpoints. */
export function objectOf(path: string): string | undefined {
  return OBJECTS.find(([re]) => re.test(path))?.[1];
}

/** The server's message for a 409 or 422 with a `detail` text, in words; undefined when its shape is unknown. */
export function refusalDetail(path: string, status: number, detail: string): string | undefined {
  const object = objectOf(path);
  if (!object) return undefined;
  const said = (what: string) => `${object} refused: ${what}`;
  const failed = /^Error (creating|updating) deployment: (Validation failed.*)$/s.exec(detail);
  if (object === 'deployment' && failed && status === 409) {
    // api/deployments.py update_deployment: the parameters against the flow's schema, with enforce_parameter_schema on.
    return said(parameterProblem(failed[2]));
  }
  if (object === 'deployment' && failed && status === 422) {
    // api/validation.py validate_job_variables_for_deployment (create_deployment).
    return said(jobVariableProblem(failed[2]));
  }
  const repr =
    /^Error creating deployment: (?:<ValidationError: (.*)>|ValidationError\((.*)\)|MissingVariableError\((.*)\))$/s.exec(
      detail,
    );
  if (object === 'deployment' && repr && status === 409) {
    // api/deployments.py update_deployment: check_valid_configuration's error, as its repr (no field path in it).
    const inner = unquote(repr[1] ?? repr[2] ?? repr[3]);
    if (repr[3] !== undefined) return said("a job variable the work pool's base job template needs has no value");
    return said(
      /^Validation failed/.test(inner)
        ? jobVariableProblem(inner)
        : `the job variables do not match the work pool's base job template${why(inner)}`,
    );
  }
  if (
    detail.startsWith(
      'Error updating deployment: Cannot update parameters because parameter schema enforcement is enabled',
    )
  ) {
    // api/deployments.py update_deployment and create_flow_run_from_deployment.
    return said('the deployment has no valid parameter schema while enforce_parameter_schema is on');
  }
  if (detail === 'Invalid schema: Unable to validate schema with circular references.') {
    // api/deployments.py update_deployment.
    return said(
      "the flow's parameter schema has circular references, which the server cannot check with enforce_parameter_schema on",
    );
  }
  const invalidSchema = /^Invalid schema: (.*)$/s.exec(detail);
  if (invalidSchema && status === 422) {
    // api/validation.py _validate_work_pool_job_variables (is_valid_schema of the work pool's variables).
    return said(
      `the work pool's variables schema (its base job template) is not a valid JSON schema${why(invalidSchema[1])}`,
    );
  }
  const missingBlock = /^Error creating deployment\. Could not find (infrastructure|storage) block with id/.exec(
    detail,
  );
  if (missingBlock) {
    // api/deployments.py create_deployment.
    const field = missingBlock[1] === 'infrastructure' ? 'infrastructure_document_id' : 'storage_document_id';
    return said(
      `${field} names a ${missingBlock[1]} block this server does not have (made against another database or workspace?)`,
    );
  }
  const defaults = /^Validation failed for work pool's job variable defaults: (.*)$/s.exec(detail);
  if (defaults) {
    // api/validation.py validate_job_variable_defaults_for_work_pool (create_work_pool).
    const { path: field, reason } = failure(defaults[1]);
    const where = field ? `the default of job variable '${field}' does` : 'the job variable defaults do';
    return said(`${where} not match the base job template's variables schema${why(reason)}`);
  }
  if (detail.startsWith('Error creating automation: ')) {
    // api/automations.py create_automation / update_automation (jsonschema's text carries no usable path).
    return said(
      "a run-deployment action's job variables do not match the deployment's work pool schema (its base job template)",
    );
  }
  const fixed = FIXED[detail];
  if (fixed) return said(fixed);
  if (/^Block type with name ".*" already exists$/s.test(detail))
    return said('a block type with this name already exists'); // api/block_types.py create_block_type
  if (/^Cannot create block schema because block type .* was not found/s.test(detail)) {
    // models/block_schemas.py create_block_schema (MissingBlockTypeException, answered 409 by api/block_schemas.py).
    return said('a block type it references is not registered on the server');
  }
  const limit = /^Invalid limit: must be less than or equal to (\d+)\.$/.exec(detail); // api/dependencies.py LimitBody
  if (limit) return said(`the filter limit is over the server's ${limit[1]}`);
  if (/^Multiple schedules have 'replaces' targeting the same slug: /.test(detail))
    return said("two schedules have 'replaces' naming the same slug"); // update_deployment
  if (/^Cannot rename schedule from '.*' to '.*': a schedule with slug '.*' already exists\.$/s.test(detail))
    return said("a schedule's 'replaces' renames it to a slug another schedule already has"); // update_deployment
  if (/^Error updating deployment: Deployment .* has multiple schedules\./s.test(detail))
    return said('the deployment has several schedules, and the request names one (a client for Prefect 2.x)'); // _multiple_schedules_error
  return undefined;
}

/** Texts the server sends as they are (no value in them), with what they mean here. */
const FIXED: Record<string, string> = {
  // api/workers.py create_work_pool
  'A work pool with this name already exists.': 'a work pool with this name already exists',
  // api/workers.py create_work_queue (the pool's name is not filled in: Prefect's f-string lacks its f)
  'A work queue with this name already exists in work pool {work_pool_name!r}.':
    'a work queue with this name already exists in the work pool',
  // api/work_queues.py create_work_queue
  'A work queue with this name already exists.': 'a work queue with this name already exists',
  // api/deployments.py create_deployment_schedules
  'Schedule slugs must be unique within a deployment.': 'two schedules have the same slug',
  // api/dependencies.py LimitBody (the /filter routes)
  'Invalid limit: must be greater than or equal to 0.': 'the filter limit is below 0',
  // api/block_documents.py create_block_document
  'Block already exists': 'a block of this type with this name already exists',
  // api/deployments.py update_deployment
  'Unable to create new deployment schedules without a schedule configuration.':
    'a schedule with a new slug has no schedule (cron, interval or rrule)',
  'Please provide a slug for each schedule in your request to ensure schedules are updated correctly.':
    "the deployment's schedules have slugs, and a schedule sent has none",
};

/**
 * A pydantic 422 item of `type: value_error` (`loc` after `body`): the model
 * validators whose messages have a known shape, in words; undefined for others.
 * (schemas/actions.py: DeploymentCreate's parameter and schema validators,
 * _validate_concurrency_limits, and validate_base_job_template for work pools.)
 */
export function refusalItem(path: string, loc: unknown[], msg: string): string | undefined {
  const object = objectOf(path);
  if (!object) return undefined;
  const text = msg.replace(/^Value error, /, '');
  if (object === 'deployment' && loc.length === 0 && /^Validation failed/.test(text)) return parameterProblem(text);
  if (object === 'deployment' && text.startsWith('The provided schema is not a valid json schema.'))
    return 'parameter_openapi_schema is not a valid JSON schema';
  if (text === 'A deployment cannot have both a concurrency limit and a global concurrency limit.')
    return 'it has both a concurrency limit and a global concurrency limit';
  if (text.startsWith('The `base_job_template` must contain both a `job_configuration` key and a `variables` key.'))
    return 'base_job_template needs both job_configuration and variables';
  if (
    text.startsWith(
      'The variables specified in the job configuration template must be present as properties in the variables schema.',
    )
  ) {
    return "base_job_template's job_configuration uses variables its variables schema does not declare";
  }
  return undefined;
}

function parameterProblem(text: string): string {
  const { path, reason } = failure(text);
  if (reason.startsWith('PointerToNowhere') || reason.startsWith('Unresolvable'))
    return "the flow's parameter schema has a reference ($ref) it cannot resolve";
  const where = path ? `parameter '${path}' does` : 'the parameters do';
  return `${where} not match the flow's parameter schema${why(reason)} (the server checks them: enforce_parameter_schema is on)`;
}

function jobVariableProblem(text: string): string {
  const { path, reason } = failure(text);
  const where = path ? `job variable '${path}' does` : 'the job variables do';
  return `${where} not match the work pool's base job template${why(reason)}`;
}

/** `: expected an integer`, or nothing when jsonschema's text is of no known shape. */
function why(reason: string): string {
  const k = kind(reason);
  return k ? `: ${k}` : '';
}

/**
 * `Validation failed for field 'a.b[0]'. Failure reason: ...` (schema_tools/validation.py
 * validate): the path when it is names and list positions only (a key of another form is
 * part of the value), and the reason.
 */
function failure(text: string): { path?: string; reason: string } {
  const m = /^Validation failed(?: for field (?:'([^']*)'|"([^"]*)"))?\. Failure reason: (.*)$/s.exec(text);
  if (!m) return { reason: '' };
  const path = m[1] ?? m[2];
  const clean = path !== undefined && /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])*$/.test(path);
  return { path: clean ? path : undefined, reason: m[3] };
}

/** Python's repr of a string, undone enough to read its fixed end. */
function unquote(s: string): string {
  return /^(['"])(.*)\1$/s.exec(s.trim())?.[2] ?? s;
}

/** The kind of problem, from the fixed end of a jsonschema message (the value sent comes first, and is left out). */
export function kind(reason: string): string | undefined {
  const r = reason.trim();
  const types = / is not of type ((?:'[a-z]+'(?:, )?)+)$/.exec(r);
  if (types) return `expected ${[...types[1].matchAll(/'([a-z]+)'/g)].map((t) => article(t[1])).join(' or ')}`;
  const bound =
    / is (less than|greater than|less than or equal to|greater than or equal to) the (minimum|maximum) of (-?[0-9.eE+-]+)$/.exec(
      r,
    );
  if (bound)
    return `expected ${{ 'less than': 'at least', 'greater than': 'at most', 'less than or equal to': 'more than', 'greater than or equal to': 'less than' }[bound[1]]} ${bound[3]}`;
  const multiple = / is not a multiple of (-?[0-9.eE+-]+)$/.exec(r);
  if (multiple) return `expected a multiple of ${multiple[1]}`;
  const required = /^'([A-Za-z_][A-Za-z0-9_]*)' is a required property$/.exec(r);
  if (required) return `missing required field '${required[1]}'`;
  const known: [RegExp, string][] = [
    [/ is not one of \[.*\]$/s, 'not one of the allowed values'],
    [/ was expected$/, 'not the one value allowed'],
    [/ is not valid under any of the given schemas$/, 'matches none of the allowed forms'],
    [/ is valid under each of .*$/s, 'matches more than one of the forms where exactly one must match'],
    [/ should not be valid under .*$/s, 'a value the schema excludes'],
    [/ is too short$/, 'too short'],
    [/ is too long$/, 'too long'],
    [/ should be non-empty$/, 'must not be empty'],
    [/ is expected to be empty$/, 'must be empty'],
    [/ has too many properties$/, 'too many fields'],
    [/ does not have enough properties$/, 'too few fields'],
    [/ has non-unique elements$/, 'repeated items'],
    [/ does not match '.*'$/s, 'does not match the pattern'],
    [/ does not contain items matching the given schema$/, 'no item of the kind required'],
    [/^Additional properties are not allowed \(.*\)$/s, 'fields the schema does not allow'],
    [/^Expected at most \d+ items? but found \d+ extra/, 'too many items'],
  ];
  return known.find(([re]) => re.test(r))?.[1];
}

function article(type: string): string {
  return (
    { integer: 'an integer', array: 'a list', object: 'a mapping', null: 'null', boolean: 'true or false' }[type] ??
    `a ${type}`
  );
}
