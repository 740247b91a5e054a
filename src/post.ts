/**
 * The action's post step (`runs.post`): Docker is logged out of every registry the
 * main step logged in to, even when the job was cancelled half-way through a build
 * (the main step's own logout never ran then).
 */
import * as core from '@actions/core';
import { errorMessage } from './errors.js';
import { DOCKER_LOGINS_STATE, dockerLogout } from './image/docker.js';

async function post(): Promise<void> {
  let hosts: string[] = [];
  try {
    hosts = JSON.parse(core.getState(DOCKER_LOGINS_STATE) || '[]') as string[];
  } catch {
    hosts = [];
  }
  for (const host of hosts) {
    try {
      await dockerLogout(host);
      core.info(`docker logout ${host}`);
    } catch (e) {
      core.warning(`docker logout ${host}: ${errorMessage(e)}`);
    }
  }
}

void post();
