/**
 * Code storage stage: the repository's files go to `s3://BUCKET/PREFIX/<sha>/` once
 * per commit (a re-run lists the folder and uploads only what is missing: nothing),
 * and the deployments read them from there: Prefect 3 through `pull_from_s3` pull
 * steps, Prefect 2 agents through a storage block and the commit's path below it.
 * A promotion points the environment at the commit's folder and uploads nothing.
 * The prefix is ours once it holds this tool's marker; a prefix holding anything
 * else is never written to. Without --code-storage, a file's push_to_s3 step names
 * the place in Prefect's layout: its folder itself, no marker (prefect deploy writes
 * there too), a file uploaded again when its content differs.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { blockKey } from '../config/blocks.js';
import { PULL_FROM_S3 } from '../config/steps.js';
import { codeFiles, type CodeFile, type CodeFiles } from '../code/files.js';
import { codeStorageFrom, conflictingPushSteps, pushToS3Steps } from '../code/from-steps.js';
import { commitFolder, s3Url } from '../code/location.js';
import { pullFromS3, storageBlockPath } from '../code/pull.js';
import { fillTemplates, stepOutputs } from '../plan/fill.js';
import { deployContext, type ContextNeeds } from './context.js';
import { errorMessage, Failure, UsageError } from '../errors.js';
import { mapBounded } from '../plan/apply.js';
import { readBlockDocument } from '../prefect/blocks.js';
import type { CodeStorageSettings } from '../settings.js';
import type { S3Store } from '../aws/s3.js';
import { codeStorageSection } from '../report/markdown.js';
import { codeStorageJson, codeStorageText } from '../report/text.js';
import type { CodeStorageReport } from '../code/report.js';
import type { Problem, Run, Stage, StageInput } from './stage.js';
import { plural } from '../text.js';

/** Uploads in flight at once. */
const UPLOAD_CONCURRENCY = 16;
/** Written once at the prefix: it says this tool (and which repository) owns what is below it. */
const MARKER = '.prefect-ecr-deploy.json';
const markerKey = (prefix: string) => (prefix ? `${prefix}/${MARKER}` : MARKER);

interface Live {
  store: S3Store;
  folder: string;
  files: CodeFile[];
  rules: string;
  missing: CodeFile[];
  /** The marker is still to be written (a prefix this tool has not used yet). */
  writeMarker: boolean;
  /** Prefect 2: the storage block, and the deployment path its get_directory reads the commit's folder from. */
  storageBlock?: { type: string; name: string; path: string };
}

/**
 * Why a marker does not make the prefix ours: it is ours only when it is this tool's
 * marker and names our repository. One that does not parse, or names no repository
 * (`null`, as a run outside any repository writes), is foreign to every repository;
 * a run that knows no repository of its own owns only such a prefix.
 */
function markerProblem(marker: unknown, ours: string | undefined, url: string, where: string): string | undefined {
  const m = marker && typeof marker === 'object' ? (marker as { tool?: unknown; repository?: unknown }) : undefined;
  const theirs =
    m?.tool === 'prefect-ecr-deploy' && (typeof m.repository === 'string' || m.repository === null)
      ? m.repository
      : undefined;
  if (theirs === undefined || (theirs === null && ours !== undefined))
    return `${where} is not a marker this tool wrote for ${ours ?? 'this run (no repository)'}: the prefix is not ours; choose another`;
  if (theirs !== (ours ?? null))
    return `${url} is the code storage of ${theirs === null ? 'a run outside any repository' : `repository ${theirs}`}, not ${ours ?? 'this run (no repository)'}: choose another prefix`;
  return undefined;
}

/** The code storage stage's section, when it runs: where the deployments read the code from. */
export interface CodeStorageSection {
  codeStorage?: CodeStorageReport;
}

/** The section, and what the upload writes. */
interface CodeStoragePlan {
  report: CodeStorageReport;
  live: Live;
}

/** The commit's code is needed from here on: a promotion's SHA comes from the image stage's read. */
type Needs = ContextNeeds;
const shaOf = (run: Run<Needs>) => run.from.sha;

/**
 * The code storage settings: --code-storage, else the file's push_to_s3 step (its
 * templates filled once a run has the values; before, only a step without templates).
 */
export function codeStorageOf(
  input: Pick<StageInput, 'settings' | 'file'>,
  run?: Run<ContextNeeds>,
): CodeStorageSettings | undefined {
  const [step] = pushToS3Steps(input.file.file);
  if (input.settings.codeStorage || !step) return input.settings.codeStorage;
  let inputs = step.inputs;
  if (run) {
    const owner = input.file.file.deployments.find((d) => [...d.build, ...d.push].some((s) => s.node === step.node))!;
    const steps = [...owner.build, ...owner.push];
    const ctx = deployContext(run);
    const problems: string[] = [];
    inputs = fillTemplates(
      step.inputs,
      ctx,
      problems,
      stepOutputs(
        steps.slice(
          0,
          steps.findIndex((s) => s.node === step.node),
        ),
        ctx,
      ),
    );
    if (problems.length) throw new UsageError(`push_to_s3 (line ${step.node.pos.line}): ${problems.join('; ')}`);
  } else if (/\{\{/.test(JSON.stringify([inputs.bucket, inputs.folder]))) {
    return undefined;
  }
  const cs = codeStorageFrom(undefined, { ...step, inputs }, input.settings.s3);
  if (Array.isArray(cs)) throw new UsageError(cs.join('\n'));
  return cs;
}

/** The key of a file below the folder (the bucket's root when the folder is empty). */
const keyIn = (folder: string, file: string) => (folder ? `${folder}/${file}` : file);

/** The MD5 of a file, as S3 gives it as the ETag of one PutObject (without SSE-KMS). */
function md5Of(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('md5');
    createReadStream(file)
      .on('data', (d) => hash.update(d))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

export function codeStorageStage(): Stage<Needs, Live | undefined, CodeStoragePlan | undefined, CodeStorageSection> {
  return {
    name: 'code storage',

    check(input) {
      const conflict = input.settings.codeStorage ? undefined : conflictingPushSteps(pushToS3Steps(input.file.file));
      if (conflict) return [conflict];
      let cs: CodeStorageSettings | undefined;
      try {
        cs = codeStorageOf(input);
      } catch (e) {
        if (e instanceof UsageError) return [e.message];
        throw e;
      }
      const [step] = pushToS3Steps(input.file.file);
      if (!cs && !step) return [];
      const problems: Problem[] = [];
      if (!(cs?.region ?? input.settings.s3?.region))
        problems.push('no AWS region for code storage: pass --region or set AWS_REGION');
      if (input.settings.preview && !input.settings.preview.close && !input.settings.codeStorage && step) {
        // One folder for every commit: a preview would put the pull request's code where the environment reads its own.
        problems.push(
          `a preview with a push_to_s3 step (line ${step.node.pos.line}) needs one folder per commit: pass --code-storage s3://BUCKET/PREFIX`,
        );
      }
      if (input.mode === 'promote' && !input.settings.codeStorage && step) {
        // push_to_s3's folder holds whatever was pushed last, not the promoted commit's files.
        problems.push(
          `promote with a push_to_s3 step (line ${step.node.pos.line}) needs one folder per commit: pass --code-storage s3://BUCKET/PREFIX, as the source environment's deploy did`,
        );
      }
      return problems;
    },

    async read(run) {
      const cs = codeStorageOf(run, run);
      if (!cs) return { problems: [], live: undefined };
      const block = await readCodeBlock(run, cs);
      const problems: Problem[] = typeof block === 'string' ? [block] : [];
      const { S3Store } = await import('../aws/s3.js');
      const store = new S3Store(cs.region!, cs.pathStyle);
      const { bucket, prefix } = cs.location;
      const bucketProblem = await store.bucketProblem(bucket);
      if (bucketProblem) return { problems: [...problems, bucketProblem], live: undefined };
      let writeMarker = false;
      // push_to_s3's folder has no marker: prefect deploy writes there as well.
      if (!cs.step) {
        // A marker that does not parse (null) is foreign, as one naming another repository is.
        const marker = await store.getJson(bucket, markerKey(prefix));
        if (marker === undefined) {
          const anything = await store.list(bucket, prefix ? `${prefix}/` : '', 1);
          if (anything.size) {
            problems.push(
              `${cs.url} already holds objects that prefect-ecr-deploy did not write (no ${s3Url(bucket, markerKey(prefix))}): it is not ours; choose an empty prefix`,
            );
          }
          writeMarker = true;
        } else {
          const problem = markerProblem(marker, run.settings.vcs.repository, cs.url, s3Url(bucket, markerKey(prefix)));
          if (problem) problems.push(problem);
        }
      }
      if (problems.length) return { problems, live: undefined };

      const folder = cs.step ? prefix : commitFolder(cs.location, shaOf(run));
      let live: Live;
      const stored = await store.list(bucket, folder ? `${folder}/` : '');
      const entrypointFiles = [
        ...new Set(run.file.file.deployments.map((d) => d.entrypoint.slice(0, d.entrypoint.lastIndexOf(':')))),
      ].map((f) => path.posix.normalize(f.replace(/\\/g, '/')).replace(/^\.\//, ''));
      if (run.mode === 'promote') {
        // Nothing is uploaded: the commit's folder must hold every flow already.
        const absent = entrypointFiles.filter((f) => !stored.has(`${folder}/${f}`));
        if (absent.length) {
          const problem = `${s3Url(bucket, `${folder}/`)} does not hold ${absent.join(', ')}: deploy commit ${shaOf(run)} to the source environment first (a promotion uploads nothing)`;
          return { problems: [problem], live: undefined };
        }
        const files = [...stored].map(([key, o]) => ({ path: key.slice(folder.length + 1), abs: '', size: o.size }));
        live = { store, folder, files, rules: "the source environment's upload", missing: [], writeMarker: false };
      } else {
        let selected: CodeFiles;
        try {
          selected = await codeFiles(run.settings.root, async () => {
            await new Promise((resolve) => setImmediate(resolve));
            run.control.check();
          });
        } catch (e) {
          if (e instanceof UsageError) return { problems: [...problems, e.message], live: undefined };
          throw e;
        }
        for (const s of selected.skipped) run.ui.warning(`code storage: ${s.path} ${s.why}: not uploaded`);
        for (const f of entrypointFiles) {
          const why = selected.why(f);
          if (why) problems.push(`code storage: the entrypoint file ${f} would not be uploaded (${why})`);
        }
        // Names and sizes tell: a commit's files do not change, and an upload is all or nothing per object.
        // One folder for every commit (push_to_s3's): the content tells.
        const missing: CodeFile[] = [];
        for (const f of selected.files) {
          const o = stored.get(keyIn(folder, f.path));
          if (o?.size !== f.size || (cs.step && o.etag !== (await md5Of(f.abs)))) missing.push(f);
        }
        live = { store, folder, files: selected.files, rules: selected.rules, missing, writeMarker };
      }
      if (typeof block === 'object') live.storageBlock = block;
      return { problems, live };
    },

    async plan(run, live) {
      const cs = codeStorageOf(run, run);
      if (!cs || !live) return undefined;
      const { bucket } = cs.location;
      const sum = (files: CodeFile[]) => files.reduce((n, f) => n + f.size, 0);
      let via: string;
      let pullSteps: unknown[] | undefined;
      let storageBlock: { documentId: string; path: string } | undefined;
      if (live.storageBlock) {
        const { type, name, path } = live.storageBlock;
        // Read now: a block declared in the file was written by the blocks stage.
        const doc = await readBlockDocument(run.client, type, name, false);
        const id = doc?.id ?? `(${blockKey(type, name)}, written by this run)`;
        storageBlock = { documentId: id, path };
        via = `storage block ${blockKey(type, name)}, path ${path}`;
      } else {
        pullSteps = pullFromS3(bucket, live.folder, cs.credentialsBlock);
        via = `pull_from_s3${cs.credentialsBlock ? ` with aws-credentials/${cs.credentialsBlock}` : ''}`;
      }
      const url = s3Url(bucket, live.folder ? `${live.folder}/` : '');
      // push_to_s3 returns its folder as written (a trailing slash kept).
      const outputs = { bucket, folder: cs.step?.folder ?? live.folder };
      const own = run.file.file.deployments
        .filter((d) => d.pull !== undefined && !readsCode(run, d, outputs, live!.folder))
        .map((d) => d.shownName);
      if (own.length)
        run.ui.warning(`code storage: ${own.join(', ')} keep the pull steps of the file, which do not read ${url}`);
      const report: CodeStorageReport = {
        url,
        outputs,
        rules: live.rules,
        files: live.files.length,
        bytes: sum(live.files),
        missing: live.missing.length,
        missingBytes: sum(live.missing),
        uploaded: 0,
        via,
        pullSteps,
        storageBlock,
      };
      const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
      run.ui.info(
        live.missing.length
          ? `code storage: ${live.missing.length} of ${plural(live.files.length, 'file')} (${mb(sum(live.missing))}) ${run.mode === 'plan' ? 'would be uploaded' : 'to upload'} to ${report.url}`
          : `code storage: ${report.url} holds the commit's ${plural(live.files.length, 'file')}: nothing to upload`,
      );
      return { report, live };
    },

    async apply(run, plan) {
      const cs = codeStorageOf(run, run);
      if (!cs || !plan || !plan.live.missing.length || run.mode === 'promote') return plan;
      const { report, live } = plan;
      const { store, folder, missing } = live;
      const { bucket, prefix } = cs.location;
      const started = Date.now();
      // The marker first: a prefix this tool started to fill stays its own, even after a failed upload.
      if (live.writeMarker) {
        try {
          await store.putJson(bucket, markerKey(prefix), {
            tool: 'prefect-ecr-deploy',
            repository: run.settings.vcs.repository ?? null,
          });
        } catch (e) {
          throw new Failure(
            `code storage: writing ${s3Url(bucket, markerKey(prefix))} failed, nothing was uploaded and no deployment registered: ${errorMessage(e)}`,
          );
        }
      }
      const failed: { file: string; error: string }[] = [];
      await mapBounded(missing, UPLOAD_CONCURRENCY, async (f) => {
        try {
          await store.putFile(bucket, keyIn(folder, f.path), f.abs, f.size);
          report.uploaded++;
        } catch (e) {
          failed.push({ file: f.path, error: errorMessage(e) });
        }
      });
      report.seconds = (Date.now() - started) / 1000;
      if (failed.length) {
        const first = failed
          .slice(0, 3)
          .map((f) => `${f.file}: ${f.error}`)
          .join('; ');
        throw new Failure(
          `code storage: ${report.uploaded} of ${plural(missing.length, 'file')} uploaded to ${report.url}, ${failed.length} failed (${first}); ` +
            'no deployment was registered and the worker service was not touched; a re-run uploads only what is missing',
        );
      }
      run.ui.info(
        `code storage: uploaded ${plural(report.uploaded, 'file')} to ${report.url} in ${report.seconds.toFixed(1)} s`,
      );
      return plan;
    },

    section: ({ plan }) => ({ codeStorage: plan?.report }),

    text: (report) => (codeStorageText(report) ? [codeStorageText(report)!] : []),
    markdown: (report) => codeStorageSection(report),
    json: (report) => ({ codeStorage: codeStorageJson(report) }),
  };
}

/** Whether a deployment's own pull steps read the uploaded folder: a pull_from_s3 of its bucket and folder, once push outputs are filled. */
function readsCode(
  run: Run<ContextNeeds>,
  d: Run['file']['file']['deployments'][number],
  outputs: { bucket: string; folder: string },
  folder: string,
): boolean {
  const ctx = { ...deployContext(run), codeOutputs: outputs };
  const filled = fillTemplates(d.pull ?? [], ctx, [], stepOutputs([...d.build, ...d.push], ctx), 'pull');
  return filled.some((s) => {
    const step = (s as Record<string, { bucket?: unknown; folder?: unknown } | undefined>)[PULL_FROM_S3];
    return step?.bucket === outputs.bucket && String(step.folder ?? '').replace(/\/+$/, '') === folder;
  });
}

/**
 * The block the deployments will read the code with, on the server or declared in
 * the file: Prefect 2's storage block (with the path to register), Prefect 3's
 * credentials block (checked only). A string says what is wrong.
 */
async function readCodeBlock(
  run: Run<Needs>,
  cs: CodeStorageSettings,
): Promise<{ type: string; name: string; path: string } | string | undefined> {
  const declared = (type: string, name: string) => run.file.file.blocks.find((b) => b.type === type && b.name === name);
  if (run.caps.infrastructureBlocks) {
    if (!cs.storageBlock) {
      return `Prefect ${run.caps.version} agents read code through a storage block: pass --code-storage-block s3-bucket/NAME (or s3/NAME) that reads from ${cs.url}`;
    }
    const slash = cs.storageBlock.indexOf('/');
    const [type, name] = [cs.storageBlock.slice(0, slash), cs.storageBlock.slice(slash + 1)];
    const data = declared(type, name)?.data ?? (await readBlockDocument(run.client, type, name, false))?.data;
    if (!data) return `storage block ${cs.storageBlock} does not exist: create it, or declare it under blocks:`;
    const at = storageBlockPath(type, data, cs.location, shaOf(run));
    return 'error' in at
      ? `storage block ${cs.storageBlock} ${at.error}: point one at the other`
      : { type, name, path: at.path };
  }
  if (cs.storageBlock)
    return `--code-storage-block is for Prefect 2 agents; Prefect ${run.caps.version} workers read code with pull steps (--code-storage-credentials-block names their credentials)`;
  if (
    cs.credentialsBlock &&
    !declared('aws-credentials', cs.credentialsBlock) &&
    !(await readBlockDocument(run.client, 'aws-credentials', cs.credentialsBlock, false))
  ) {
    return `aws-credentials block '${cs.credentialsBlock}' does not exist: create it, or declare it under blocks: (pull_from_s3 reads the code with it)`;
  }
  return undefined;
}
