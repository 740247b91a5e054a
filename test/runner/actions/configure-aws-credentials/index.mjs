// Exports moto's credentials and endpoints through GITHUB_ENV, as the real action exports
// the assumed role's: the steps after it reach AWS only through what it exported.
import { appendFileSync } from 'node:fs';
import process from 'node:process';

const role = process.env['INPUT_ROLE-TO-ASSUME'];
const region = process.env['INPUT_AWS-REGION'];
const moto = process.env.PED_TEST_MOTO_URL;
if (!role || !region || !moto) {
  process.stdout.write('::error::Credentials could not be loaded: role-to-assume, aws-region and PED_TEST_MOTO_URL are needed\n');
  process.exit(1);
}
const env = {
  AWS_REGION: region,
  AWS_DEFAULT_REGION: region,
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_ENDPOINT_URL_ECR: moto,
  AWS_ENDPOINT_URL_S3: moto,
  // A test whose ECS services must run their tasks has a moto of its own for ECS.
  AWS_ENDPOINT_URL_ECS: process.env.PED_TEST_MOTO_ECS_URL || moto,
  AWS_EC2_METADATA_DISABLED: 'true',
};
appendFileSync(process.env.GITHUB_ENV, Object.entries(env).map(([k, v]) => `${k}=${v}\n`).join(''));
appendFileSync(process.env.GITHUB_OUTPUT, 'aws-account-id=123456789012\n');
process.stdout.write(`assumed ${role} in ${region}\n`);
