// The published JSON Schema (public/rondas-plan.schema.json) accepts the files
// Rondas writes — the browser's plan export and response file, the CLI's demo
// and response, the golden files of old versions — and refuses broken ones.
import { test, expect, Layout, Plans, OfferForm, demoFile, FORMAT_VERSION, cli } from './pages.js';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCHEMA_PATH = `${ROOT}public/rondas-plan.schema.json`;
const FIXTURES = `${ROOT}tests/fixtures/`;
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

function expectInvalid(file, what) {
  expect(validate()(file), `${what} should be refused by the schema`).toBe(false);
}

/** The format versions the schema accepts (`properties.version`: const or enum). */
function schemaVersions() {
  const v = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')).properties?.version ?? {};
  return v.const !== undefined ? [v.const] : (v.enum ?? []);
}

/** The demo plan file as `rondas-cli demo` prints it; skips the test when the CLI cannot run. */
function cliDemo() {
  try {
    return cli(['demo']);
  } catch (e) {
    test.skip(true, `could not run the CLI: ${e.message}`);
  }
}

/** A copy of `file` changed by `change`. */
function broken(file, change) {
  const copy = structuredClone(file);
  change(copy);
  return copy;
}

/** A response file written by hand: Peru asks for Chile's RSH and for the disability theme. */
const handWrittenResponse = () => ({
  format: 'rondas-plan',
  version: FORMAT_VERSION,
  response: {
    plan: 'plan-lima-2026',
    country: 'pe',
    created_at: '2026-03-01T10:00:00Z',
    interests: [
      { country: 'pe', offer: 'off-cl-rsh', priority: 'high', note: 'Calificación socioeconómica.', delegate: 'del-48', agency: 'ag-pe-midis' },
      { country: 'pe', offer: 'off-uy-snic', priority: 'low' },
    ],
    theme_interests: [{ country: 'pe', theme: 'disability', priority: 'medium', updated_at: '2026-02-19T22:10:00Z' }],
  },
});

test.describe('plan file schema', () => {
  test.skip(schemaMissing, `no schema yet at ${SCHEMA_PATH}: these tests run once it exists`);

  test('the schema compiles under draft 2020-12', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof validate()).toBe('function');
  });

  test('the schema knows every format version up to the one Rondas writes', () => {
    // FORMAT_VERSION is `VERSION` in src/domain/format/mod.rs: a new version
    // needs the schema (and FORMAT.md) updated with it.
    const all = Array.from({ length: FORMAT_VERSION }, (_, i) => i + 1);
    expect(schemaVersions()).toEqual(all);
  });

  test('the exported demo plan matches the schema', async ({ page }) => {
    const plans = new Plans(page);
    await plans.goto();
    const { json } = await plans.export();
    expect(json.format).toBe('rondas-plan');
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
    expectValid(json, 'the export with a new offer');
  });

  test('the embedded demo, as `rondas-cli demo` prints it, matches the schema', () => {
    test.setTimeout(240_000); // cargo may have to compile the CLI first
    const file = JSON.parse(cliDemo());
    expect(file.format).toBe('rondas-plan');
    expect(file.plan.offers).toHaveLength(34);
    expectValid(file, 'rondas-cli demo');
  });

  test('the golden files of old versions match the schema', () => {
    const names = readdirSync(FIXTURES).filter((n) => /^plan-v\d+\.json$/.test(n)).sort();
    expect(names).toContain('plan-v1.json');
    for (const name of names) {
      const file = JSON.parse(readFileSync(`${FIXTURES}${name}`, 'utf8'));
      expect(`${name}: version ${file.version}`).toBe(`${name}: version ${/\d+/.exec(name)[0]}`);
      expectValid(file, `tests/fixtures/${name}`);
    }
  });

  test('the response file of the Demand page matches the schema, and so does the plan holding its answers', async ({ page }) => {
    const demo = demoFile().plan;
    const offer = demo.offers.find((o) => o.id === 'off-cl-rsh');
    const theme = demo.themes.find((t) => t.id === 'disability');
    await page.goto('/demand?country=pe&delegate=del-48');
    await new Layout(page).ready();

    const priority = page.getByRole('combobox', { name: `Priority for ${offer.title}`, exact: true });
    await priority.selectOption('high');
    const note = page.getByTestId('demand-row').filter({ has: priority }).getByLabel('What do you want to learn?');
    await note.fill('Calificación socioeconómica.');
    await note.blur();
    await page.getByRole('combobox', { name: `Priority for ${theme.labels.en}`, exact: true }).selectOption('low');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-response').click()]);
    expect(download.suggestedFilename()).toMatch(/^rondas-response-pe-\d{12}\.json$/);
    const response = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expectValid(response, "the Demand page's response file");
    expect(response.version).toBe(FORMAT_VERSION);
    expect(response.plan).toBeUndefined();
    expect(response.response).toMatchObject({ plan: 'plan-lima-2026', country: 'pe' });
    const asked = response.response.interests.find((i) => i.offer === 'off-cl-rsh');
    expect(asked).toMatchObject({ country: 'pe', priority: 'high', note: 'Calificación socioeconómica.', delegate: 'del-48' });
    expect(asked.updated_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(response.response.theme_interests).toContainEqual(expect.objectContaining({ country: 'pe', theme: 'disability', priority: 'low' }));

    const plans = new Plans(page);
    await plans.layout.navLink('Plans & files').click();
    const { json } = await plans.export();
    expect(json.plan.interests).toContainEqual(asked);
    expectValid(json, 'the export holding the answers');
  });

  test('a response file written by `rondas-cli respond` matches the schema', async ({}, testInfo) => {
    test.setTimeout(240_000); // cargo may have to compile the CLI first
    const demoText = cliDemo();
    const planPath = testInfo.outputPath('demo.json');
    const responsePath = testInfo.outputPath('pe.json');
    writeFileSync(planPath, demoText);
    cli(['respond', planPath, '--country', 'pe', '--at', '2026-03-01T10:00:00.250Z', '-o', responsePath]);
    const file = JSON.parse(readFileSync(responsePath, 'utf8'));
    expectValid(file, 'rondas-cli respond');
    expect(file.response.created_at).toBe('2026-03-01T10:00:00Z');
    const held = JSON.parse(demoText).plan.interests.filter((i) => i.country === 'pe');
    expect(file.response.interests).toEqual(held);
  });

  test('a response file written by hand matches the schema; broken responses and interests are refused', () => {
    const file = handWrittenResponse();
    expectValid(file, 'the hand-written response');
    expectValid(broken(file, (f) => { f.response.interests = []; delete f.response.theme_interests; }), 'a response that withdraws everything');
    expectValid(broken(file, (f) => { f.response.created_at = '2026-03-01T10:00:00.250Z'; }), 'a time stamp with a fraction of a second');
    expectValid(broken(file, (f) => { f.response.interests[0].delegate = null; f.response.interests[0].updated_at = null; }), 'none written as null');

    expectInvalid(broken(file, (f) => { f.response.interests[0].priority = 'urgent'; }), 'an unknown priority');
    expectInvalid(broken(file, (f) => { delete f.response.interests[0].priority; }), 'an interest without a priority');
    expectInvalid(broken(file, (f) => { f.response.interests[0].colour = 'red'; }), 'an unknown field in an interest');
    expectInvalid(broken(file, (f) => { f.response.theme_interests[0].delegate = 'del-48'; }), 'a delegate in a theme interest');
    expectInvalid(broken(file, (f) => { f.response.theme_interests[0].priority = 'HIGH'; }), 'a theme priority in capitals');
    expectInvalid(broken(file, (f) => { f.response.comment = 'hi'; }), 'an unknown field in the response');
    expectInvalid(broken(file, (f) => { delete f.response.created_at; }), 'a response without created_at');
    expectInvalid(broken(file, (f) => { f.response.created_at = '2026-03-01T10:00:00+00:00'; }), 'a time stamp with an offset');
    expectInvalid(broken(file, (f) => { f.response.created_at = '2026-03-01 10:00:00Z'; }), 'a time stamp without T');
    expectInvalid(broken(file, (f) => { f.response.created_at = '2026-02-30T10:00:00Z'; }), 'a time stamp on a day that does not exist');
    expectInvalid(broken(file, (f) => { f.response.interests[0].updated_at = '2026-03-01T10:00Z'; }), 'a time stamp without seconds');
    expectInvalid(broken(file, (f) => { f.response.interests = null; }), 'interests: null');
    expectInvalid(broken(file, (f) => { f.plan = demoFile().plan; }), 'a file with both a plan and a response');
    expectInvalid(broken(file, (f) => { f.version = FORMAT_VERSION + 1; }), 'a newer version');
  });

  test('broken files are refused by the schema', async ({ page }) => {
    const plans = new Plans(page);
    await plans.goto();
    const { json: file } = await plans.export();
    expectInvalid(broken(file, (f) => { f.format = 'something-else'; }), 'a wrong format name');
    expectInvalid(broken(file, (f) => { delete f.plan; }), 'a file without a plan');
    expectInvalid(broken(file, (f) => { f.version = 'one'; }), 'a version that is not a number');
    expectInvalid(broken(file, (f) => { f.version = FORMAT_VERSION + 1; }), 'a newer version');
    expectInvalid(broken(file, (f) => { delete f.plan.offers; }), 'a plan without offers');
    expectInvalid(broken(file, (f) => { f.plan.offers[0].modalities = ['teleportation']; }), 'an unknown modality');
    expectInvalid(broken(file, (f) => { f.plan.offers[0].program_type = 'lottery'; }), 'an unknown program type');
    expectInvalid(broken(file, (f) => { f.plan.offers[0].max_sessions = 0; }), 'an offer in no session');
    expectInvalid(broken(file, (f) => { f.plan.countries[0].iso = 'x1'; }), 'a bad ISO code');
    expectInvalid(broken(file, (f) => { f.plan.countries[0].availability = { [f.plan.event.slots[0].id]: -1 }; }), 'a negative availability');
    expectInvalid(broken(file, (f) => { f.plan.event.starts_on = '2026-02-30'; }), 'a date that does not exist');
    expectInvalid(broken(file, (f) => { f.plan.event.slots[0].start = '25:00'; }), 'a time that does not exist');
    expectInvalid(broken(file, (f) => { f.plan.event.rooms[0].capacity = 0; }), 'a room without seats');
    expectInvalid(broken(file, (f) => { f.plan.countries[0].name = '   '; }), 'a blank country name');
    expectInvalid(broken(file, (f) => { f.response = handWrittenResponse().response; }), 'a file with both a plan and a response');

    // Demand: a well-formed interest passes; broken ones are refused.
    const interest = { country: 'pe', offer: 'off-cl-rsh', priority: 'high', note: 'Calificación socioeconómica.', delegate: 'del-48' };
    const withDemand = broken(file, (f) => {
      f.plan.interests = [interest];
      f.plan.theme_interests = [{ country: 'pe', theme: 'disability', priority: 'low' }];
    });
    expectValid(withDemand, 'a plan with an interest and a theme interest');
    expectValid(broken(withDemand, (f) => { f.version = 1; }), 'a file of version 1 with interests, as Rondas reads it');
    expectValid(broken(withDemand, (f) => { delete f.plan.interests; delete f.plan.theme_interests; }), 'a plan without demand');
    expectInvalid(broken(withDemand, (f) => { f.plan.interests[0].priority = 'urgent'; }), 'an unknown priority');
    expectInvalid(broken(withDemand, (f) => { f.plan.interests[0].colour = 'red'; }), 'an unknown field in an interest');
    expectInvalid(broken(withDemand, (f) => { delete f.plan.interests[0].offer; }), 'an interest without its offer');
    expectInvalid(broken(withDemand, (f) => { f.plan.interests[0].note = null; }), 'a note that is null');
    expectInvalid(broken(withDemand, (f) => { f.plan.theme_interests[0].priority = 'none'; }), 'an unknown theme priority');
    expectInvalid(broken(withDemand, (f) => { f.plan.theme_interests[0].offer = 'off-cl-rsh'; }), 'an unknown field in a theme interest');
    expectInvalid(broken(withDemand, (f) => { f.plan.theme_interests[0].updated_at = '2026-03-01T10:00:00'; }), 'a time stamp without Z');
    expectInvalid(broken(withDemand, (f) => { f.plan.interests = {}; }), 'interests that are not an array');

    // The schedule: a well-formed one passes; broken ones are refused.
    const session = { id: 'ses-1', offer: file.plan.offers[0].id, slot: file.plan.event.slots[0].id, room: file.plan.event.rooms[0].id, attendees: ['pe'] };
    const scheduled = broken(file, (f) => { f.plan.schedule = { sessions: [session], computed_at: '2026-03-01T10:00:00Z' }; });
    expectValid(scheduled, 'a plan with a schedule');
    expectInvalid(broken(scheduled, (f) => { f.plan.schedule.sessions[0].table = 3; }), 'an unknown field in a session');
    expectInvalid(broken(scheduled, (f) => { delete f.plan.schedule.sessions; }), 'a schedule without sessions');
  });

  test("what follows the rounds: the demo's actions, scores, selection and follow-up pass; broken ones and an evaluator response are checked", () => {
    const file = { format: 'rondas-plan', version: FORMAT_VERSION, plan: demoFile().plan };
    expect(file.plan.actions.length).toBeGreaterThan(0);
    expectValid(file, 'the demo with its actions');
    expectInvalid(broken(file, (f) => { f.plan.actions[0].registered_by = 'both'; }), 'an unknown side');
    expectInvalid(broken(file, (f) => { f.plan.actions[0].cost.currency = 'usd'; }), 'a lower-case currency');
    expectInvalid(broken(file, (f) => { f.plan.actions[0].cost.travel = -1; }), 'a negative cost');
    expectInvalid(broken(file, (f) => { delete f.plan.actions[0].title; }), 'an action without a title');
    expectInvalid(broken(file, (f) => { f.plan.scores[0].values.relevance = 6; }), 'a score above 5');
    expectInvalid(broken(file, (f) => { f.plan.evaluators[0].kind = 'friend'; }), 'an unknown kind of evaluator');
    expectInvalid(broken(file, (f) => { f.plan.selection.overrides = { 'act-br-1': 'maybe' }; }), 'an unknown override');
    expectInvalid(broken(file, (f) => { f.plan.follow_ups[0].status = 'done'; }), 'an unknown status');
    expectInvalid(broken(file, (f) => { f.plan.criteria = [{ id: 'k', labels: { en: 'K' }, weight: 0 }]; }), 'a criterion weighing nothing');
    const scores = { format: 'rondas-plan', version: FORMAT_VERSION, response: { plan: 'plan-lima-2026', evaluator: 'ev-1', created_at: '2026-04-01T10:00:00Z', scores: [file.plan.scores[0]] } };
    expectValid(scores, "an evaluator's response");
    expectInvalid(broken(scores, (f) => { f.response.country = 'pe'; }), 'a response of both a country and an evaluator');
    expectInvalid(broken(scores, (f) => { delete f.response.evaluator; }), 'a response of nobody');
  });
});
