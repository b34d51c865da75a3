/**
 * An error the emulator sends as the service would: an HTTP status and a JSON body
 * `{RequestId, HostId, Code, Message, Recommend}`. Codes and messages follow the ones
 * that Alibaba Cloud's RPC gateway returns.
 */
export class ApiError extends Error {
  override readonly name = "ApiError";

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function missingParameter(name: string): ApiError {
  return new ApiError(
    400,
    "MissingParameter",
    `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
  );
}

export function invalidParameter(name: string, detail?: string): ApiError {
  const base = `The specified parameter "${name}" is not valid.`;
  return new ApiError(400, "InvalidParameter", detail ? `${base} ${detail}` : base);
}

export function invalidVersion(): ApiError {
  return new ApiError(400, "InvalidVersion", "Specified parameter Version is not valid.");
}

export function actionNotFound(): ApiError {
  return new ApiError(
    404,
    "InvalidAction.NotFound",
    "Specified api is not found, please check your url and method.",
  );
}

export function accessKeyNotFound(): ApiError {
  return new ApiError(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
}

export function timestampFormat(): ApiError {
  return new ApiError(
    400,
    "InvalidTimeStamp.Format",
    "Specified time stamp or date value is not well formatted.",
  );
}

export function timestampExpired(): ApiError {
  return new ApiError(
    400,
    "InvalidTimeStamp.Expired",
    "Specified time stamp or date value is expired.",
  );
}

/** Builds the mismatch error with the server's string to sign, as the real gateway does, so a client can compare it with its own. */
export function signatureMismatch(serverStringToSign: string): ApiError {
  return new ApiError(
    400,
    "SignatureDoesNotMatch",
    `Specified signature is not matched with our calculation. server string to sign is:${serverStringToSign}`,
  );
}

export function nonceUsed(): ApiError {
  return new ApiError(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
}

export function securityTokenMismatch(): ApiError {
  return new ApiError(
    400,
    "InvalidSecurityToken.MismatchWithAccessKey",
    "Specified SecurityToken mismatch with the AccessKey.",
  );
}

export function securityTokenExpired(): ApiError {
  return new ApiError(400, "InvalidSecurityToken.Expired", "Specified SecurityToken is expired.");
}

export function resourceNotFound(): ApiError {
  return new ApiError(404, "ResourceNotFound", "The specified resource does not exist.");
}

export function idempotentParameterMismatch(): ApiError {
  return new ApiError(
    400,
    "IdempotentParameterMismatch",
    "The request uses the same client token as a previous, but non-identical request. Do not reuse a client token with different requests, unless the requests are identical.",
  );
}

export function throttled(): ApiError {
  return new ApiError(400, "Throttling.User", "Request was denied due to user flow control.");
}

export function internalError(): ApiError {
  return new ApiError(
    500,
    "InternalError",
    "The request processing has failed due to some unknown error, exception or failure.",
  );
}

export function serviceUnavailable(): ApiError {
  return new ApiError(
    503,
    "ServiceUnavailable",
    "The request has failed due to a temporary failure of the server.",
  );
}

/** Builds the oversized-body error. No published code exists for it, so the code names the problem. */
export function bodyTooLarge(limitBytes: number): ApiError {
  return new ApiError(
    413,
    "RequestBodyTooLarge",
    `The request body is larger than ${limitBytes} bytes, the emulator's limit. Send less data or start the emulator with a larger maxBodyBytes (CLI: --max-body-bytes).`,
  );
}

export function methodNotAllowed(method: string): ApiError {
  return new ApiError(
    405,
    "UnsupportedHTTPMethod",
    `HTTP method ${method} is not supported. Send the request with POST or GET.`,
  );
}

/** Builds the error for a parameter sent twice, whose value the signature cannot pin down. */
export function duplicateParameter(name: string): ApiError {
  return invalidParameter(name, "It appears more than once in the query string and form body.");
}
