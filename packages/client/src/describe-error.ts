import { IdrsApiError, IdrsError, unexpectedErrorMessage } from "./errors.js";
import { formatMessage, type Locale } from "./messages.js";

/**
 * Renders an error for a person, in `locale`: what failed, the request ID and the
 * service's diagnosis when there are any, then what to do. Accepts any thrown value.
 */
export function describeApiError(error: unknown, locale: Locale): string {
  if (!(error instanceof IdrsError)) {
    return unexpectedErrorMessage(error, locale);
  }

  const lines = [error.messages[locale]];

  if (error instanceof IdrsApiError) {
    if (error.requestId) {
      lines.push(formatMessage(locale, "error.requestId", { requestId: error.requestId }));
    }
    if (error.recommend) {
      lines.push(formatMessage(locale, "error.recommend", { recommend: error.recommend }));
    }
  }

  const hint = error.hint[locale];
  if (hint) {
    lines.push(hint);
  }
  return lines.join("\n");
}
