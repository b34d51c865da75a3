import { reportMisplacedActions } from "../scopedActions.js";
import type { LintRule } from "../types.js";

/** A one-chapter action (catalog scope `step`) inside `throughout`, that is sequence 0. */
export const stepActionInRecording: LintRule = {
  code: "step-action-in-recording",
  defaultSeverity: "warning",
  fixable: false,
  phase: "workspace",
  messages: {
    summary: "lint.step-action-in-recording.summary",
    message: "lint.step-action-in-recording.message",
  },
  check(context) {
    reportMisplacedActions(
      context,
      "step",
      (sequence) => sequence === 0,
      "lint.step-action-in-recording.message",
    );
  },
};
