// Writes the benchmark's rule sets: deterministic, so every run and machine measures the
// same bytes. Layout under bench/.data/:
//   many/      1,000 `.rule.json` files of 20 chapters each (plus `.idrs` twins in many-idrs/)
//   big/       one rule of 10,000 chapters, as `.idrs` and as `.rule.json`
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const stepActions = [
  "id_card_recognize",
  "document_title_recognize",
  "flip_action_recognize",
  "sign_action_recognize",
  "sign_recognize",
];
const recordingActions = ["face_track", "speech_to_text"];

/** mulberry32: a tiny seeded PRNG, so generated files are identical on every run. */
function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks 1–3 distinct step actions in catalog order, so no lint rule fires. */
function pickActions(random) {
  const picked = stepActions.filter(() => random() < 0.4);
  return picked.length > 0 ? picked : [stepActions[Math.floor(random() * stepActions.length)]];
}

export function generateContent(random, chapterCount) {
  const content = [];
  for (let sequence = 1; sequence <= chapterCount; sequence++) {
    content.push({ sequence, actions: pickActions(random).map((name) => ({ name })) });
  }
  content.push({ sequence: 0, actions: recordingActions.map((name) => ({ name })) });
  return content;
}

export function contentToIdrs(name, content) {
  const lines = [`rule "${name}" {`];
  for (const step of content) {
    const head = step.sequence === 0 ? "throughout" : `step ${step.sequence}`;
    lines.push(`  ${head}: ${step.actions.map((action) => action.name).join(", ")}`);
  }
  lines.push("}", "");
  return lines.join("\n");
}

export const benchConfig = { limits: { maxContentBytes: 10_000_000 } };

export function generateBenchData(root) {
  rmSync(root, { recursive: true, force: true });
  const random = createRandom(20261204);
  const manyJson = join(root, "many");
  const manyIdrs = join(root, "many-idrs");
  const big = join(root, "big");
  for (const folder of [manyJson, manyIdrs, big]) mkdirSync(folder, { recursive: true });

  // Each folder is a rule repository of its own, so the `.idrs` twins never meet the JSON
  // files as duplicate names. The 10,000-chapter rule is far over the default content-size
  // limit on purpose: the benchmark measures parsing and checking, so the limit is raised.
  for (const folder of [manyJson, manyIdrs, big]) {
    writeFileSync(join(folder, "idrs.config.json"), `${JSON.stringify(benchConfig)}\n`);
  }

  for (let index = 1; index <= 1000; index++) {
    const name = `基准规则 ${String(index).padStart(4, "0")}`;
    const content = generateContent(random, 20);
    const file = `rule-${String(index).padStart(4, "0")}`;
    writeFileSync(
      join(manyJson, `${file}.rule.json`),
      `${JSON.stringify({ name, content }, null, 2)}\n`,
    );
    writeFileSync(join(manyIdrs, `${file}.idrs`), contentToIdrs(name, content));
  }

  const bigContent = generateContent(random, 10_000);
  writeFileSync(join(big, "big.idrs"), contentToIdrs("万章基准规则", bigContent));
  writeFileSync(
    join(big, "big.rule.json"),
    `${JSON.stringify({ name: "万章基准规则", content: bigContent }, null, 2)}\n`,
  );
  writeFileSync(join(big, "big.content.json"), JSON.stringify(bigContent));
}
