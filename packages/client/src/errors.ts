import { apiHintKey } from "./hints.js";
import { formatMessage, type Locale, type LocalizedText, localize } from "./messages.js";

/**
 * Base of every error the client throws. `message` is the English text; `messages` and
 * `hint` carry the same facts and the next step in every locale.
 */
export abstract class IdrsError extends Error {
  /** Stable identifier of the failure, such as `SignatureDoesNotMatch` or `Timeout`. */
  abstract readonly code: string;

  /** Description of the failure, in every locale. */
  readonly messages: LocalizedText;

  /**
   * Set on a CreateRule failure whose outcome is unknown. The request may have been
   * processed, and the lookup that would show it could not finish.
   */
  outcomeUnknown = false;

  /** Name of the rule whose creation has an unknown outcome, for the hint. */
  ruleName: string | undefined = undefined;

  protected constructor(messages: LocalizedText, options?: ErrorOptions) {
    super(messages.en, options);
    this.messages = messages;
  }

  /** Next step for the user, in every locale. */
  get hint(): LocalizedText {
    const base = this.baseHint();
    if (!this.outcomeUnknown) {
      return base;
    }

    const unknown = localize("hint.createOutcomeUnknown", { name: this.ruleName ?? "" });
    return { en: `${unknown.en} ${base.en}`, "zh-CN": `${unknown["zh-CN"]}${base["zh-CN"]}` };
  }

  protected abstract baseHint(): LocalizedText;
}

export interface ApiErrorInit {
  action: string;
  status: number;
  code: string;
  serverMessage: string;
  requestId: string | undefined;
  hostId?: string | undefined;
  recommend?: string | undefined;
}

/** Error returned by the service in a body `{RequestId, Code, Message, Recommend?}`. */
export class IdrsApiError extends IdrsError {
  override readonly name = "IdrsApiError";
  readonly code: string;
  readonly action: string;
  readonly status: number;
  readonly serverMessage: string;
  readonly requestId: string | undefined;
  readonly hostId: string | undefined;
  readonly recommend: string | undefined;

  /**
   * True when an earlier attempt of the same call ended without a clear result. This error
   * may then describe the effect of that attempt, because a retried DeleteRule gets
   * `ResourceNotFound` for the rule that the first attempt deleted.
   */
  previousAttemptUnclear = false;

  constructor(init: ApiErrorInit) {
    super(
      localize("error.api", {
        action: init.action,
        status: init.status,
        code: init.code,
        message: init.serverMessage,
      }),
    );
    this.code = init.code;
    this.action = init.action;
    this.status = init.status;
    this.serverMessage = init.serverMessage;
    this.requestId = init.requestId;
    this.hostId = init.hostId;
    this.recommend = init.recommend;
  }

  protected baseHint(): LocalizedText {
    if (this.previousAttemptUnclear && this.code === "ResourceNotFound") {
      return localize("hint.ruleGoneAfterUnclearAttempt");
    }
    return localize(apiHintKey(this.code, this.status));
  }
}

/** Credentials could not be found or read; the message names the file and profile. */
export class IdrsCredentialsError extends IdrsError {
  override readonly name = "IdrsCredentialsError";
  readonly code: string;

  constructor(code: string, messages: LocalizedText) {
    super(messages);
    this.code = code;
  }

  protected baseHint(): LocalizedText {
    return { en: "", "zh-CN": "" };
  }
}

/** An option or argument given to the client is invalid. */
export class IdrsInputError extends IdrsError {
  override readonly name = "IdrsInputError";
  readonly code: string;

  constructor(code: string, messages: LocalizedText) {
    super(messages);
    this.code = code;
  }

  protected baseHint(): LocalizedText {
    return { en: "", "zh-CN": "" };
  }
}

/** Renders the message of any error, in `locale`, for errors that are not `IdrsError`. */
export function unexpectedErrorMessage(error: unknown, locale: Locale): string {
  const message = error instanceof Error ? error.message : String(error);
  return formatMessage(locale, "error.unexpected", { message });
}
