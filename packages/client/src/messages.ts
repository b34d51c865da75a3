/** Locales of every user-facing text of the client. */
export type Locale = "en" | "zh-CN";

/** One text in every supported locale. */
export type LocalizedText = Record<Locale, string>;

/** Placeholder values; a `LocalizedText` value is rendered in the message's locale. */
export type MessageArgs = Record<string, string | number | LocalizedText>;

const en = {
  "error.api": "{action} failed with HTTP {status} {code}: {message}",
  "error.requestId": "Request ID: {requestId}",
  "error.recommend": "Diagnosis: {recommend}",
  "error.timeout": "{action} to {endpoint} timed out after {timeoutMs} ms.",
  "error.connection":
    "{action} to {endpoint} failed because the connection was refused, reset or dropped ({reason}).",
  "error.aborted": "{action} to {endpoint} was cancelled.",
  "error.response":
    "{action} received an invalid response from {endpoint} (HTTP {status}): {problem}",
  "error.unexpected": "Unexpected error: {message}",

  "hint.signatureMismatch":
    "Check that the AccessKey secret belongs to this AccessKey ID and has no extra spaces or line breaks. A proxy that rewrites requests also breaks the signature.",
  "hint.nonceUsed":
    "The server saw this SignatureNonce before, so it treated the request as a replay. Try again; every request gets a new nonce.",
  "hint.timestampExpired":
    "The clock of this computer is more than about 15 minutes off. Synchronise it (for example with NTP) and try again.",
  "hint.timestampFormat":
    "The server rejected the format of the request timestamp. This is a bug in idrs-rules; please report it with the request ID.",
  "hint.accessKeyNotFound":
    "This endpoint does not know the AccessKey ID. Check the key ID, and check that the endpoint belongs to your account (finance cloud or your private-cloud host).",
  "hint.accessKeyInactive":
    "The AccessKey is disabled. Enable it in the RAM console or use another key.",
  "hint.securityToken":
    "The STS security token is invalid or expired. Get a new token and update ALIBABA_CLOUD_SECURITY_TOKEN or the profile.",
  "hint.permission":
    "The RAM user or role lacks permission for idrsservice. Ask the account owner to grant the rule actions on acs:idrsservice:*:*:rule/* in a RAM policy.",
  "hint.ruleNotFound": "No rule with this ID exists. List the rules to find the right ID.",
  "hint.ruleGoneAfterUnclearAttempt":
    "An earlier attempt of this call got no clear answer and probably completed, so the rule is most likely deleted already.",
  "hint.throttling":
    "The service throttled the requests. Send fewer requests at once and try again later.",
  "hint.invalidParameter":
    "The service rejected a parameter. Check the rule name and Content: both must be set, and Content must be JSON text.",
  "hint.serverError":
    "The service had an internal error. Try again later; if it persists, contact support with the request ID.",
  "hint.unknownCode":
    "Look the code up in the idrsservice error center (https://error-center.aliyun.com/status/product/idrsservice) and quote the request ID.",
  "hint.timeout":
    "Check the network and any proxy between this computer and the endpoint, or raise the timeout.",
  "hint.connection": "Check the endpoint host name, DNS, proxy and firewall settings.",
  "hint.aborted": "The caller cancelled the request; nothing else went wrong.",
  "hint.invalidResponse":
    "Check that the endpoint is the idrsservice API and not a proxy, gateway or login page.",
  "hint.createOutcomeUnknown":
    "It is unknown whether rule {name} was created. List the rules and look for it before creating it again.",

  "credentials.notFound":
    "No AccessKey was found. Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or configure a profile with `aliyun configure`. Searched: {searched}.",
  "credentials.environmentIncomplete":
    "The environment variable {present} is set but {missing} is not. Set both, or unset {present} to use a profile.",
  "credentials.profileNotFound": "Profile {profile} was not found in {searched}.",
  "credentials.unsupportedMode":
    "Profile {profile} in {file} uses mode {mode}, which idrs-rules does not support because it would need extra calls to other services. Use a profile of mode AK or StsToken, or the ALIBABA_CLOUD_ACCESS_KEY_* environment variables.",
  "credentials.unsupportedType":
    "Section [{profile}] in {file} has type {type}, which idrs-rules does not support. Use type = access_key or type = sts.",
  "credentials.missingField":
    "Profile {profile} in {file} has no {field}. Add it or choose another profile.",
  "credentials.invalidFile": "{file} could not be read: {problem}",
  "credentials.fileNotFound":
    "ALIBABA_CLOUD_CREDENTIALS_FILE is set to {file}, but that file does not exist.",
  "credentials.source.environment":
    "Using AccessKey {accessKeyId} from the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.",
  "credentials.source.cliProfile": "Using AccessKey {accessKeyId} of profile {profile} in {file}.",
  "credentials.source.credentialsFile":
    "Using AccessKey {accessKeyId} of section [{profile}] in {file}.",
  "credentials.source.explicit": "Using AccessKey {accessKeyId} given by the caller.",
  "credentials.sts": "The credentials include an STS security token.",

  "input.endpoint":
    "The endpoint {endpoint} is invalid: {problem}. Give a host name such as idrsservice.cn-shanghai-finance-1.aliyuncs.com or a URL such as http://127.0.0.1:8080.",
  "input.range": "{name} must be an integer from {min} to {max}, but it is {value}.",
  "input.required": "{name} must not be empty.",
  "input.credentials":
    "The credentials option is invalid: give a Credentials object, an object with accessKeyId and accessKeySecret, or a provider with getCredentials().",

  "log.request": "{action}: attempt {attempt} of {attempts}, POST {endpoint}",

  "problem.truncated": "the body is larger than the service ever sends",
  "problem.emptyBody": "the body is empty",
  "problem.notJson": "the body is not JSON",
  "problem.notObject": "the body is not a JSON object",
  "problem.dataNotObject": "Data is not an object",
  "problem.itemNotObject": "an entry of Items is not an object",
  "problem.ruleWithoutId": "a rule has no Id",
  "problem.endpointEmpty": "it is empty",
  "problem.endpointUnparsable": "it is not a host name or URL",
  "problem.endpointScheme": "the scheme {scheme} is not http: or https:",
  "problem.endpointUser": "it contains a user name or password",
  "problem.endpointPath": "it has a path, query or fragment",
  "problem.invalidJson": "the file is not valid JSON",
  "problem.notJsonObject": "the file is not a JSON object",
  "problem.iniLine": "line {line} is neither [section] nor key = value",
  "log.response": "{action}: HTTP {status}, request ID {requestId}",
  "log.retry": "{action} failed ({code}); retrying in {delayMs} ms",
  "log.lookup":
    "CreateRule got no clear answer ({code}); listing rules to check whether {name} was created",
  "log.lookupFound": "Rule {name} exists with ID {id}; CreateRule is not sent again",
  "log.lookupMissing":
    "Rule {name} was not created; sending CreateRule again with the same ClientToken",
  "log.lookupFailed": "Could not check whether rule {name} was created: {code}",
  "log.listChanged":
    "The rule list changed while it was read (total {before} -> {after}); reading page {page} again",
} as const;

export type MessageKey = keyof typeof en;

const zhCN: Record<MessageKey, string> = {
  "error.api": "{action} 调用失败：HTTP {status} {code}：{message}",
  "error.requestId": "请求 ID：{requestId}",
  "error.recommend": "诊断：{recommend}",
  "error.timeout": "{action} 请求 {endpoint} 超时（{timeoutMs} 毫秒）。",
  "error.connection": "{action} 请求 {endpoint} 失败：连接被拒绝、重置或中断（{reason}）。",
  "error.aborted": "{action} 对 {endpoint} 的请求已取消。",
  "error.response": "{action} 从 {endpoint} 收到无效响应（HTTP {status}）：{problem}",
  "error.unexpected": "意外错误：{message}",

  "hint.signatureMismatch":
    "请检查 AccessKey Secret 是否与该 AccessKey ID 对应，且没有多余的空格或换行。改写请求的代理也会使签名失效。",
  "hint.nonceUsed":
    "服务端已见过此 SignatureNonce，把请求当作重放。请重试，每个请求都会使用新的随机数。",
  "hint.timestampExpired": "本机时钟偏差超过约 15 分钟。请同步时钟（例如使用 NTP）后重试。",
  "hint.timestampFormat":
    "服务端拒绝了请求时间戳的格式。这是 idrs-rules 的缺陷，请附上请求 ID 报告。",
  "hint.accessKeyNotFound":
    "该服务地址不认识此 AccessKey ID。请检查 AccessKey ID，并确认服务地址属于您的账号（金融云或专有云的域名）。",
  "hint.accessKeyInactive": "该 AccessKey 已被禁用。请在 RAM 控制台启用，或改用其他 AccessKey。",
  "hint.securityToken":
    "STS 安全令牌无效或已过期。请获取新令牌，并更新 ALIBABA_CLOUD_SECURITY_TOKEN 或配置档案。",
  "hint.permission":
    "RAM 用户或角色没有 idrsservice 的权限。请主账号在 RAM 策略中授予对 acs:idrsservice:*:*:rule/* 的规则操作权限。",
  "hint.ruleNotFound": "不存在此 ID 的规则。请先列出规则，找到正确的 ID。",
  "hint.ruleGoneAfterUnclearAttempt":
    "本次调用的前一次尝试没有得到明确响应，很可能已经执行，因此该规则多半已被删除。",
  "hint.throttling": "服务端对请求进行了限流。请减少并发请求，稍后重试。",
  "hint.invalidParameter":
    "服务端拒绝了某个参数。请检查规则名称和 Content：两者都必须填写，且 Content 必须是 JSON 文本。",
  "hint.serverError": "服务端内部出错。请稍后重试；如果持续出现，请附上请求 ID 联系技术支持。",
  "hint.unknownCode":
    "请在 idrsservice 错误中心（https://error-center.aliyun.com/status/product/idrsservice）查询该错误码，并提供请求 ID。",
  "hint.timeout": "请检查本机到服务地址之间的网络和代理，或调大超时时间。",
  "hint.connection": "请检查服务地址的域名、DNS、代理和防火墙设置。",
  "hint.aborted": "调用方取消了请求，没有其他错误。",
  "hint.invalidResponse": "请确认服务地址是 idrsservice 的 API，而不是代理、网关或登录页面。",
  "hint.createOutcomeUnknown":
    "无法确定规则 {name} 是否已创建。请先列出规则查找它，再决定是否重新创建。",

  "credentials.notFound":
    "未找到 AccessKey。请设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET，或使用 `aliyun configure` 配置档案。已查找：{searched}。",
  "credentials.environmentIncomplete":
    "已设置环境变量 {present}，但未设置 {missing}。请同时设置两者，或取消设置 {present} 以使用配置档案。",
  "credentials.profileNotFound": "在 {searched} 中未找到配置档案 {profile}。",
  "credentials.unsupportedMode":
    "{file} 中的配置档案 {profile} 使用模式 {mode}，该模式需要额外调用其他服务，idrs-rules 不支持。请使用 AK 或 StsToken 模式的配置档案，或使用 ALIBABA_CLOUD_ACCESS_KEY_* 环境变量。",
  "credentials.unsupportedType":
    "{file} 中的 [{profile}] 节的 type 为 {type}，idrs-rules 不支持。请使用 type = access_key 或 type = sts。",
  "credentials.missingField":
    "{file} 中的配置档案 {profile} 缺少 {field}。请补充，或选择其他配置档案。",
  "credentials.invalidFile": "无法读取 {file}：{problem}",
  "credentials.fileNotFound": "ALIBABA_CLOUD_CREDENTIALS_FILE 指向 {file}，但该文件不存在。",
  "credentials.source.environment":
    "使用环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET 中的 AccessKey {accessKeyId}。",
  "credentials.source.cliProfile": "使用 {file} 中配置档案 {profile} 的 AccessKey {accessKeyId}。",
  "credentials.source.credentialsFile": "使用 {file} 中 [{profile}] 节的 AccessKey {accessKeyId}。",
  "credentials.source.explicit": "使用调用方提供的 AccessKey {accessKeyId}。",
  "credentials.sts": "凭据包含 STS 安全令牌。",

  "input.endpoint":
    "服务地址 {endpoint} 无效：{problem}。请填写域名（如 idrsservice.cn-shanghai-finance-1.aliyuncs.com）或 URL（如 http://127.0.0.1:8080）。",
  "input.range": "{name} 必须是 {min} 到 {max} 之间的整数，当前为 {value}。",
  "input.required": "{name} 不能为空。",
  "input.credentials":
    "credentials 选项无效：请提供 Credentials 对象、含 accessKeyId 和 accessKeySecret 的对象，或带 getCredentials() 的凭据提供者。",

  "log.request": "{action}：第 {attempt}/{attempts} 次尝试，POST {endpoint}",

  "problem.truncated": "响应体大于服务可能返回的大小",
  "problem.emptyBody": "响应体为空",
  "problem.notJson": "响应体不是 JSON",
  "problem.notObject": "响应体不是 JSON 对象",
  "problem.dataNotObject": "Data 不是对象",
  "problem.itemNotObject": "Items 中有一项不是对象",
  "problem.ruleWithoutId": "有一条规则没有 Id",
  "problem.endpointEmpty": "地址为空",
  "problem.endpointUnparsable": "既不是域名也不是 URL",
  "problem.endpointScheme": "协议 {scheme} 不是 http: 或 https:",
  "problem.endpointUser": "包含用户名或密码",
  "problem.endpointPath": "包含路径、查询参数或片段",
  "problem.invalidJson": "文件不是有效的 JSON",
  "problem.notJsonObject": "文件不是 JSON 对象",
  "problem.iniLine": "第 {line} 行既不是 [节] 也不是 key = value",
  "log.response": "{action}：HTTP {status}，请求 ID {requestId}",
  "log.retry": "{action} 失败（{code}），{delayMs} 毫秒后重试",
  "log.lookup": "CreateRule 没有得到明确响应（{code}），正在列出规则，检查 {name} 是否已创建",
  "log.lookupFound": "规则 {name} 已存在，ID 为 {id}，不再发送 CreateRule",
  "log.lookupMissing": "规则 {name} 未创建，使用同一 ClientToken 再次发送 CreateRule",
  "log.lookupFailed": "无法确认规则 {name} 是否已创建：{code}",
  "log.listChanged": "读取期间规则列表发生变化（总数 {before} → {after}），重新读取第 {page} 页",
};

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, "zh-CN": zhCN };

/** Renders one message in `locale`, replacing `{name}` placeholders by `args`. */
export function formatMessage(locale: Locale, key: MessageKey, args: MessageArgs = {}): string {
  return catalogs[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = args[name];
    if (value === undefined) {
      return whole;
    }
    return typeof value === "object" ? value[locale] : String(value);
  });
}

/** Renders one message in every locale. */
export function localize(key: MessageKey, args: MessageArgs = {}): LocalizedText {
  return { en: formatMessage("en", key, args), "zh-CN": formatMessage("zh-CN", key, args) };
}

/** Returns the catalog of a locale; tests compare the keys and placeholders of both. */
export function messageCatalog(locale: Locale): Readonly<Record<MessageKey, string>> {
  return catalogs[locale];
}
