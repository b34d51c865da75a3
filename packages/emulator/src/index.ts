export { generateTestAccessKey } from "./access-keys.js";
export { ApiError } from "./api-error.js";
export { isRuleAction, type RuleAction, ruleActions } from "./apis.js";
export { type EmulatorCliIo, emulatorCliOptions, runEmulatorCli } from "./cli.js";
export { formatCreatedAt, formatRequestTimestamp, parseRequestTimestamp } from "./clock.js";
export type { ClientTokenRecord, StoredRule, StoreSnapshot } from "./data-file.js";
export {
  type ActiveFault,
  checkFaultSpec,
  FaultController,
  type FaultDecision,
  type FaultKind,
  type FaultOptions,
  type FaultSpec,
  faultKinds,
} from "./faults.js";
export { apiVersion } from "./gateway.js";
export { type EmulatorLocale, type EmulatorMessages, emulatorMessages } from "./messages.js";
export {
  defaultMaxBodyBytes,
  type EmulatorAccessKey,
  type EmulatorLogger,
  type EmulatorOptions,
  type RunningEmulator,
  silentEmulatorLogger,
} from "./options.js";
export { startEmulator } from "./server.js";
export { EmulatorStartupError, type StartupProblem } from "./startup-error.js";
export { RuleStore } from "./store.js";
