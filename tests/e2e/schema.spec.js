// The published JSON Schema (public/rondas-plan.schema.json) accepts the files
// Rondas writes — the browser's export and the CLI's demo — and refuses broken ones.
import { test, expect, Plans, OfferForm } from './pages.js';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCHEMA_PATH = `${ROOT}public/rondas-plan.schema.json`;
const schemaMissing = !existsSync(SCHEMA_PATH);

let validator;
/** The compiled schema (draft 2020-12, formats checked, strict mode). */
function validate() {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
  }
  return validator;
}

/** Expects `file` to pass the schema, listing every error if not. */
function expectValid(file, what) {
  const v = validate();
  const ok = v(file);
  const errors = (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  expect(errors, `${what} should match the schema`).toEqual([]);
  expect(ok).toBe(true);
}

/** The format versions the schema accepts (`properties.version`: const or enum). */
function schemaVersions() {
  const v = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')).properties?.version ?? {};
  return v.const !== undefined ? [v.const] : (v.enum ?? []);
}

/**
 * Marks the running test as an expected failure while the schema lags the
 * format: BUG (reported) — public/rondas-plan.schema.json describes version 1
 * (`"version": {"const": 1}`, no `interests`/`theme_interests` in Plan) while
 * src/domain/format writes version 2 since commit 88f74eb. The marker only
 * applies while the schema does not accept the version of `file`.
 */
function expectSchemaKnows(file) {
  const known = schemaVersions();
  test.fail(!known.includes(file.version), `BUG: the schema accepts version(s) ${known.join(', ')} but the file has version ${file.version}`);
}

function expectInvalid(file, what) {
  expect(validate()(file), `${what} should be refused by the schema`).toBe(false);
}

test.describe('plan file schema', () => {
  test.skip(schemaMissing, `no schema yet at ${SCHEMA_PATH}: these tests run once it exists`);

  test('the schema compiles under draft 2020-12', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof validate()).toBe('function');
  });

  test('the exported demo plan matches the schema', async ({ page }) => {
    const plans = new Plans(page);
    await plans.goto();
    const { json } = await plans.export();
    expect(json.format).toBe('rondas-plan');
    expectSchemaKnows(json);
    expectValid(json, 'the exported demo');
  });

  test('an edited plan (a new offer) still exports a file that matches the schema', async ({ page }) => {
    const form = new OfferForm(page);
    await form.gotoNew();
    await form.titleField.fill('Oferta para el esquema');
    await form.country.selectOption('cl');
    await form.agency.selectOption('ag-cl-senama');
    await form.themes.getByLabel('Elderly care').check();
    await form.save();
    await expect(page).toHaveURL(/\/offers\/offer-1$/);

    const plans = new Plans(page);
    await plans.layout.navLink('Plans & files').click();
    const { json } = await plans.export();
    expect(json.plan.offers).toHaveLength(35);
    expectSchemaKnows(json);
    expectValid(json, 'the export with a new offer');
  });

  test('the embedded demo, as `rondas-cli demo` prints it, matches the schema', () => {
    test.setTimeout(240_000); // cargo may have to compile the CLI first
    let text;
    try {
      text = execFileSync('cargo', ['run', '-q', '--bin', 'rondas-cli', '--', 'demo'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 230_000,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      test.skip(true, `could not run rondas-cli demo: ${String(e.stderr ?? e.message).slice(0, 500)}`);
    }
    const file = JSON.parse(text);
    expect(file.format).toBe('rondas-plan');
    expect(file.plan.offers).toHaveLength(34);
    expectSchemaKnows(file);
    expectValid(file, 'rondas-cli demo');
  });

  test('broken files are refused by the schema', async ({ page }) => {
    const plans = new Plans(page);
    await plans.goto();
    const { text } = await plans.export();
    const broken = (change) => {
      const file = JSON.parse(text);
      change(file);
      return file;
    };
    expectInvalid(broken((f) => { f.format = 'something-else'; }), 'a wrong format name');
    expectInvalid(broken((f) => { delete f.plan; }), 'a file without a plan');
    expectInvalid(broken((f) => { f.version = 'one'; }), 'a version that is not a number');
    expectInvalid(broken((f) => { delete f.plan.offers; }), 'a plan without offers');
    expectInvalid(broken((f) => { f.plan.offers[0].modalities = ['teleportation']; }), 'an unknown modality');
    expectInvalid(broken((f) => { f.plan.offers[0].program_type = 'lottery'; }), 'an unknown program type');
    expectInvalid(broken((f) => { f.plan.countries[0].iso = 'x1'; }), 'a bad ISO code');
    expectInvalid(broken((f) => { f.plan.event.starts_on = '2026-02-30'; }), 'a date that does not exist');
    expectInvalid(broken((f) => { f.plan.event.slots[0].start = '25:00'; }), 'a time that does not exist');
    expectInvalid(broken((f) => { f.plan.event.rooms[0].capacity = 0; }), 'a room without seats');
    expectInvalid(broken((f) => { f.plan.countries[0].name = '   '; }), 'a blank country name');
  });
});
