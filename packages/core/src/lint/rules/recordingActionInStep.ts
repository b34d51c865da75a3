import { reportMisplacedActions } from "../scopedActions.js";
import type { LintRule } from "../types.js";

/** A whole-recording action (catalog scope `recording`) inside `step N`, N > 0. */
export const recordingActionInStep: LintRule = {
  code: "recording-action-in-step",
  defaultSeverity: "warning",
  fixable: false,
  phase: "workspace",
  messages: {
    summary: "lint.recording-action-in-step.summary",
    message: "lint.recording-action-in-step.message",
  },
  check(context) {
    reportMisplacedActions(
      context,
      "recording",
      (sequence) => sequence > 0,
      "lint.recording-action-in-step.message",
    );
  },
};
