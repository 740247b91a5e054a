/**
 * A generated flows repository: N deployments over N/4 flow files, for benchmarks. `prefix` starts
 * every name it writes to a server (deployments, flows, the work pool), for a test on a shared server.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function generateRepo(
  dir: string,
  deployments: number,
  flowFiles = Math.max(1, Math.round(deployments / 4)),
  prefix = '',
): string {
  mkdirSync(path.join(dir, 'flows'), { recursive: true });
  for (let f = 0; f < flowFiles; f++) {
    writeFileSync(
      path.join(dir, 'flows', `flow_${f}.py`),
      `from datetime import date
from enum import Enum
from typing import Optional

from pydantic import BaseModel

from prefect import flow, task


class Mode(str, Enum):
    FULL = "full"
    INCREMENTAL = "incremental"


class Target(BaseModel):
    table: str
    schema_name: str = "public"


@task
def step(x: int) -> int:
    return x + 1


@flow(name="${prefix}generated-flow-${f}")
def flow_${f}(source: str = "s3://bucket/${f}", day: Optional[date] = None, mode: Mode = Mode.INCREMENTAL,
              batch_size: int = 1000, targets: list[Target] = [], dry_run: bool = False):
    """Generated flow ${f}.

    Args:
        source: Where to read from.
        batch_size: Rows per batch.
    """
    step(batch_size)
`,
    );
  }
  const lines = ['deployments:'];
  for (let d = 0; d < deployments; d++) {
    const f = d % flowFiles;
    lines.push(
      `  - name: ${prefix}deployment-${d}`,
      `    entrypoint: flows/flow_${f}.py:flow_${f}`,
      `    parameters: {batch_size: ${100 + d}, mode: full, targets: [{table: t${d}}]}`,
      `    schedule: {cron: "${d % 60} ${d % 24} * * *", timezone: "America/Chicago"}`,
      `    tags: ["bench", "group-${d % 7}"]`,
      `    work_pool: {name: ${prefix}bench-pool, work_queue_name: q${d % 3}}`,
    );
  }
  writeFileSync(path.join(dir, 'prefect-deployments-bench.yaml'), lines.join('\n') + '\n');
  return dir;
}
