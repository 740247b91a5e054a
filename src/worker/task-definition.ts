/**
 * Task definitions for the worker service. Pure: a file parsed with every problem
 * at its line and column, the container whose image is rolled, and the input of a
 * new revision (everything kept but the image; the fields ECS sets itself dropped).
 */
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import type { Diagnostic } from '../diagnostics.js';

/** A task definition as registered or described: only the fields this tool reads are typed. */
export interface TaskDefinitionDoc {
  family?: string;
  containerDefinitions?: { name?: string; image?: string }[];
  [field: string]: unknown;
}

/** Fields DescribeTaskDefinition returns that RegisterTaskDefinition does not take. */
const READ_ONLY = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
];

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * A task definition JSON file: the registration input, or the `aws ecs
 * describe-task-definition` output that wraps it (`{"taskDefinition": {...}}`).
 */
export function parseTaskDefinitionFile(
  text: string,
  file: string,
  container?: string,
): { doc?: TaskDefinitionDoc; errors: Diagnostic[] } {
  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const at = (offset: number, message: string): Diagnostic => ({
    file,
    ...lineColumn(text, offset),
    severity: 'error',
    message,
  });
  if (parseErrors.length || !tree) {
    const errors = parseErrors.map((e) => at(e.offset, `not valid JSON: ${printParseErrorCode(e.error)}`));
    return { errors: errors.length ? errors : [at(0, 'not valid JSON: empty file')] };
  }
  const root: Node =
    findNodeAtLocation(tree, ['taskDefinition'])?.type === 'object'
      ? findNodeAtLocation(tree, ['taskDefinition'])!
      : tree;
  if (root.type !== 'object') return { errors: [at(root.offset, 'a task definition must be a JSON object')] };
  const errors: Diagnostic[] = [];
  const family = findNodeAtLocation(root, ['family']);
  if (family?.type !== 'string' || !/^[A-Za-z0-9_-]{1,255}$/.test(String(family.value))) {
    errors.push(
      at((family ?? root).offset, "'family' must be a task definition family name (letters, digits, - and _)"),
    );
  }
  const containers = findNodeAtLocation(root, ['containerDefinitions']);
  if (containers?.type !== 'array' || !containers.children?.length) {
    errors.push(at((containers ?? root).offset, "'containerDefinitions' must be a list of at least one container"));
  } else {
    for (const c of containers.children) {
      const name = findNodeAtLocation(c, ['name']);
      if (c.type !== 'object' || name?.type !== 'string')
        errors.push(at((name ?? c).offset, "each container needs a 'name'"));
    }
    const names = containers.children.map((c) => findNodeAtLocation(c, ['name'])?.value);
    if (container && !names.includes(container))
      errors.push(
        at(containers.offset, `no container named '${container}' (containers: ${names.filter(Boolean).join(', ')})`),
      );
  }
  return errors.length ? { errors } : { doc: getNodeValue(root) as TaskDefinitionDoc, errors: [] };
}

/** The container whose image is rolled: the one named, else the only or first one. */
export function workerContainer(doc: TaskDefinitionDoc, name?: string): { name: string; image?: string } | string {
  const containers = doc.containerDefinitions ?? [];
  const found = name ? containers.find((c) => c.name === name) : containers[0];
  if (!found?.name)
    return `no container named '${name}' in task definition ${doc.family} (containers: ${containers.map((c) => c.name).join(', ') || 'none'})`;
  return { name: found.name, image: found.image };
}

/** The input of a new revision: the same definition and tags, that container's image replaced. */
export function newRevision(
  doc: TaskDefinitionDoc,
  container: string,
  image: string,
  tags: { key?: string; value?: string }[] = [],
): Record<string, unknown> {
  const input: Record<string, unknown> = Object.fromEntries(
    Object.entries(doc).filter(([k]) => !READ_ONLY.includes(k)),
  );
  input.containerDefinitions = (doc.containerDefinitions ?? []).map((c) =>
    c.name === container ? { ...c, image } : c,
  );
  if (tags.length) input.tags = tags;
  return input;
}
