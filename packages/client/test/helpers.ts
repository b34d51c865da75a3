import { createRuleClient, type RuleClient, type RuleClientOptions } from "../src/index.js";

export const TEST_KEY_ID = "LTAI5tTestKeyId0001";
export const TEST_SECRET = "s3cr3t-Value-That-Must-Never-Print";

export interface TestClient {
  client: RuleClient;
  /** Backoff waits the client asked for, in milliseconds, in order. */
  sleeps: number[];
  /** Log lines by level. */
  logs: { level: string; message: string }[];
}

/**
 * Builds a client for a fake server with deterministic nonces and jitter. Backoff waits
 * are recorded and skipped, so retry tests neither sleep nor depend on timing.
 */
export function testClient(endpoint: string, overrides: RuleClientOptions = {}): TestClient {
  const sleeps: number[] = [];
  const logs: { level: string; message: string }[] = [];
  let counter = 0;

  const log = (level: string) => (message: string) => logs.push({ level, message });
  const client = createRuleClient({
    endpoint,
    credentials: { accessKeyId: TEST_KEY_ID, accessKeySecret: TEST_SECRET },
    nonce: () => `nonce-${++counter}`,
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    logger: { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") },
    ...overrides,
  });
  return { client, sleeps, logs };
}

export const SAMPLE_CONTENT =
  '[{"sequence":1,"actions":[{"name":"id_card_recognize"}]},{"sequence":2,"actions":[{"name":"document_title_recognize"},{"name":"flip_action_recognize"},{"name":"sign_action_recognize"}]},{"sequence":3,"actions":[{"name":"sign_recognize"}]},{"sequence":0,"actions":[{"name":"face_track"},{"name":"speech_to_text"}]}]';
