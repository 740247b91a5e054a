/** What the code storage stage did, or would do: one section of the report. */

export interface CodeStorageReport {
  /** `s3://BUCKET/PREFIX/<sha>/`. */
  url: string;
  /** Which rules chose the files: `.prefectignore`, `.gitignore`, or none. */
  rules: string;
  /** The commit's files, and their size. */
  files: number;
  bytes: number;
  /** Files not yet in the folder (a plan uploads none; a promotion never uploads). */
  missing: number;
  missingBytes: number;
  /** Files this run uploaded. */
  uploaded: number;
  /** The outputs of a push_to_s3 step: the bucket and the folder the files are under. */
  outputs?: { bucket: string; folder: string };
  /** How the deployments read the code: Prefect 3 pull steps, or a Prefect 2 storage block. */
  via: string;
  /** Prefect 3: the deployments' pull steps. */
  pullSteps?: unknown[];
  /** Prefect 2: the storage block document, and the commit's path below its location. */
  storageBlock?: { documentId: string; path: string };
  seconds?: number;
}
