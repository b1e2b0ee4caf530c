// The exact decimal arithmetic of templates/assets/locality.js, run in Node (node --test) without a browser.
// The script runs as a page would run it: a window, a document with the locality section and a fetch of the
// shared localities file, all stubbed. Its results are compared as JSON text, the form the Java tests use.
//
// The hand-made figures below hold wherever Node runs (npm test --prefix src/test/js). With LOCALITY_CASES
// set to a file that JavaScriptIT writes, the script's figures for codes of the fixture site are also
// compared with the ones the Java build computes (compute.LocalityPricing).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const SCRIPT = readFileSync(fileURLToPath(new URL("../../../templates/assets/locality.js", import.meta.url)), "utf8");

/** The script's API (window.cptsiteLocality) over a shared localities file, once loaded. */
async function load(shared) {
  const window = {};
  const section = { getAttribute: (name) => (name === "data-localities" ? "localities.json" : null) };
  const document = { getElementById: (id) => (id === "locality" ? section : null) };
  const fetch = async () => ({ ok: true, status: 200, json: async () => structuredClone(shared) });
  vm.runInNewContext(SCRIPT, { window, document, fetch }, { filename: "locality.js" });
  const api = window.cptsiteLocality;
  await api.ready();
  return api;
}

/** A shared file with one locality; GPCIs and CFs as the CMS files write them. */
function sharedFile(locality, cf = "33.4009", apmCf = null) {
  return {
    cf, apmCf, anesCf: "20.4975", anesApmCf: null, workGpciLabel: "with the 1.0 floor", counties: [],
    localities: [{ id: "00000-01", state: "XX", stateName: "Test", name: "Test", anesCf: "21.0101", anesApmCf: null,
      ...locality }],
  };
}

function row(values) {
  return { mod: "", paid: true, work: "0", peNf: "0", peF: "0", mp: "0", naNf: false, naF: false,
    oppsPeNf: "0", oppsPeF: "0", oppsMp: "0", ...values };
}

function page(rows, rules = [], base) {
  return { code: "99999", main: 0, rows, rules, ...(base ? { base } : {}) };
}

const national = (api, data) => JSON.parse(JSON.stringify(api.price(data, null)));
const inLocality = (api, data) => JSON.parse(JSON.stringify(api.price(data, "00000-01")));

test("the sum is rounded half up to the cent once, at the end: 1.005 RVUs x 1 is $1.01", async () => {
  const api = await load(sharedFile({ work: "1", pe: "1", mp: "1" }, "1"));
  // In binary floating point 1.005 is 1.00499999..., and (1.005).toFixed(2) is "1.00".
  assert.equal((1.005).toFixed(2), "1.00");
  const p = national(api, page([row({ work: "0.5", peNf: "0.5", peF: "0.25", mp: "0.005" })]));
  assert.equal(p.rows[0].nf, "1.01");
  assert.equal(p.rows[0].f, "0.76"); // 0.755
});

test("the conversion factor is never rounded: 100 RVUs x 33.4009 is $3,340.09", async () => {
  const api = await load(sharedFile({ work: "1", pe: "1", mp: "1" }));
  const p = national(api, page([row({ work: "60", peNf: "30", peF: "10", mp: "10" })]));
  assert.equal(p.rows[0].nf, "3340.09");
  assert.equal(p.rows[0].f, "2672.07"); // 80 x 33.4009 = 2672.072
});

test("each component is multiplied by its GPCI before the sum; the products are not rounded", async () => {
  // work 2.44 x 1.013 = 2.47172; PE 3.01 x 0.897 = 2.69997; MP 0.35 x 0.571 = 0.19985; sum 5.37154
  // x 33.4009 = 179.414272... -> $179.41 (rounding each product to the cent first would give $179.42).
  const api = await load(sharedFile({ work: "1.013", pe: "0.897", mp: "0.571" }));
  const p = inLocality(api, page([row({ work: "2.44", peNf: "3.01", peF: "1.20", mp: "0.35" })]));
  assert.equal(p.rows[0].nf, "179.41");
  // facility: 2.47172 + 1.0764 + 0.19985 = 3.74797 x 33.4009 = 125.1856...
  assert.equal(p.rows[0].f, "125.19");
});

test("the limiting charge is the amount x 1.0925, to the cent", async () => {
  const api = await load(sharedFile({ work: "1", pe: "1", mp: "1" }));
  const p = national(api, page([row({ work: "3", peNf: "1", peF: "0.5", mp: "0.2" })]));
  assert.equal(p.rows[0].nf, "140.28"); // 4.2 x 33.4009 = 140.28378
  assert.equal(p.rows[0].nfLim, "153.26"); // 140.28 x 1.0925 = 153.2559
  assert.equal(p.rows[0].fLim, "135.01"); // 3.7 x 33.4009 = 123.58333 -> 123.58 x 1.0925 = 135.01115
});

test("the OPPS cap pays the lower amount and flags it; NA settings and unpaid rows have no amount", async () => {
  const api = await load(sharedFile({ work: "1", pe: "1", mp: "1" }));
  const capped = row({ work: "1", peNf: "5", peF: "0.4", mp: "0.1", oppsPeNf: "2", oppsPeF: "0.4", oppsMp: "0.05" });
  const p = national(api, page([capped, row({ paid: false }), row({ work: "1", naNf: true })]));
  assert.equal(p.rows[0].nf, "101.87"); // OPPS 3.05 x 33.4009 = 101.872745, below 6.1 x 33.4009 = 203.75
  assert.equal(p.rows[0].nfCap, true);
  assert.equal(p.rows[0].f, "48.43"); // OPPS 1.45 x 33.4009 = 48.431305, below 1.5 x 33.4009 = 50.10
  assert.equal(p.rows[0].fCap, true);
  assert.equal(p.rows[0].nfLim, "111.29"); // the limiting charge of the capped amount: 101.87 x 1.0925 = 111.293
  assert.equal(p.rows[1], null);
  assert.equal(p.rows[2].nf, null);
  assert.equal(p.rows[2].f, "33.40");
});

test("modifier rules: a share of the amount to the cent; an endoscopy less its base code, never below zero", async () => {
  const api = await load(sharedFile({ work: "1", pe: "1", mp: "1" }));
  const data = page([row({ work: "3", peNf: "1", peF: "0.5", mp: "0.2" })],
    [{ k: "share", share: "0.625" }, { k: "endoscopy", base: "43235" }, { k: "none" }],
    row({ work: "2", peNf: "1.5", peF: "0.5", mp: "0.1" }));
  const p = national(api, data);
  assert.deepEqual(p.rules[0], { nf: "87.68", f: "77.24" }); // 140.28 x 0.625 = 87.675; 123.58 x 0.625 = 77.2375
  assert.deepEqual(p.rules[1], { nf: "20.04", f: "36.74" }); // 140.28 - 120.24; 123.58 - 86.84
  assert.deepEqual(p.rules[2], { nf: null, f: null });
  const below = national(api, page(data.rows, [{ k: "endoscopy" }], row({ work: "9" })));
  assert.deepEqual(below.rules[0], { nf: "0.00", f: "0.00" });
});

test("anesthesia: (base units + minutes / 15 to one decimal) x CF, to the cent", async () => {
  const api = await load(sharedFile({ work: "1", pe: "1", mp: "1" }));
  assert.equal(api.anesthesia(4, 52, "20.4975"), "153.73"); // (4 + 3.5) x 20.4975 = 153.73125
  assert.equal(api.anesthesia(5, 60, "20.4975"), "184.48"); // 9 x 20.4975 = 184.4775
  assert.equal(api.anesthesia(10, 1, "21.0101"), "212.20"); // (10 + 0.1) x 21.0101 = 212.20201
  assert.equal(api.anesthesia(7, 187, "20.4975"), "399.70"); // (7 + 12.5) x 20.4975 = 399.70125
});

/** Figures the Java build computed for codes of the fixture site (written by JavaScriptIT). */
const casesFile = process.env.LOCALITY_CASES;
test("the script gives the Java build's cents for codes of the fixture site", { skip: !casesFile && "LOCALITY_CASES not set" }, async () => {
  const cases = JSON.parse(readFileSync(casesFile, "utf8"));
  const api = await load(JSON.parse(readFileSync(cases.shared, "utf8")));
  const differences = [];
  let compared = 0;
  for (const c of cases.codes) {
    const data = JSON.parse(c.page);
    for (const [id, expected] of Object.entries(c.expected)) {
      const r = api.price(data, id === "national" ? null : id);
      if (r.anes) r.examples = cases.anesthesia.map(([b, m]) => api.anesthesia(b, m, r.anes.cf));
      const actual = JSON.stringify(r);
      compared++;
      if (actual !== expected) differences.push(`${c.code} in ${id}:\n  java   ${expected}\n  script ${actual}`);
    }
  }
  assert.ok(compared >= cases.minimum, `${compared} comparisons, expected at least ${cases.minimum}`);
  assert.deepEqual(differences, []);
});
