/** Locales of the emulator's texts; the same values as the core package's `Locale`. */
export type EmulatorLocale = "en" | "zh-CN";

/** Every text the emulator's command line and startup errors show, in one locale. */
export interface EmulatorMessages {
  summary: string;
  help: string;
  banner: string;
  listening(url: string): string;
  dataFile(path: string): string;
  memoryOnly: string;
  generatedKey: string;
  givenKey(id: string): string;
  exportIntro: string;
  secretPlaceholder: string;
  endpointHint(url: string): string;
  controlHint(url: string): string;
  stopHint: string;
  stopping(signal: string): string;
  stopped: string;
  invalidPort(value: string): string;
  invalidMaxBodyBytes(value: string): string;
  incompleteKeyPair: string;
  badArguments(detail: string): string;
  dataFolderMissing(file: string, folder: string): string;
  dataFileUnreadable(file: string, detail: string): string;
  dataFileInvalidJson(file: string, detail: string): string;
  dataFileInvalidContent(file: string, detail: string): string;
  listenFailed(address: string, detail: string): string;
  logListening(url: string, dataFile: string | undefined): string;
  logStopped(url: string): string;
  logRemovedStaleFile(path: string): string;
}

const en: EmulatorMessages = {
  summary: "Run a local emulator of the idrsservice rule APIs for tests",
  help: `Usage: idrs-rules emulator [options]

Runs a local HTTP server that behaves like the five rule APIs of idrsservice
(CreateRule, UpdateRule, GetRule, DeleteRule, ListRules): signatures, nonces,
timestamps, paging, client tokens and the service's error codes. Use it to try
deployments and to test scripts without touching Alibaba Cloud.

Options:
  --port N                 TCP port on 127.0.0.1; 0 picks any free port (default: 0)
  --data FILE              JSON file that keeps rules across restarts (default: memory only)
  --access-key-id ID       AccessKey ID to accept (default: generate a test pair)
  --access-key-secret S    its AccessKey secret; required with --access-key-id
  --max-body-bytes N       largest request body in bytes (default: 16777216)
  -h, --help               show this help

Without keys, the emulator generates a test pair and prints it, because that pair only
opens this local server. With --access-key-id, the secret is never printed.
The control endpoints /_emulator/rules and /_emulator/faults need no signature: the
emulator is a test server and listens on 127.0.0.1 only.
`,
  banner:
    "idrs-rules emulator: a local test server of the idrsservice rule APIs (CreateRule, UpdateRule, GetRule, DeleteRule, ListRules). It is not the Alibaba Cloud service.",
  listening: (url) => `Listening on ${url}`,
  dataFile: (path) => `Rules are saved in ${path} and survive a restart.`,
  memoryOnly: "No --data file: rules are kept in memory and lost when the emulator stops.",
  generatedKey:
    "Generated a test access key pair for this emulator. It is printed on purpose: it works only against this local emulator, not against Alibaba Cloud.",
  givenKey: (id) => `Accepting the AccessKey ID ${id}. Its secret is not printed.`,
  exportIntro: "To point idrs-rules at the emulator, run this in another shell (POSIX sh):",
  secretPlaceholder: "<the secret you passed>",
  endpointHint: (url) => `and add --endpoint ${url} to idrs-rules commands that call the service.`,
  controlHint: (url) =>
    `Test-only control endpoints, no signature required: GET ${url}/_emulator/rules, GET|POST|DELETE ${url}/_emulator/faults`,
  stopHint: "Press Ctrl+C to stop.",
  stopping: (signal) => `Received ${signal}; stopping the emulator.`,
  stopped: "Emulator stopped.",
  invalidPort: (value) =>
    `Invalid --port value "${value}": use an integer from 0 to 65535 (0 picks any free port).`,
  invalidMaxBodyBytes: (value) =>
    `Invalid --max-body-bytes value "${value}": use a positive integer number of bytes.`,
  incompleteKeyPair:
    "--access-key-id and --access-key-secret go together: pass both, or neither to generate a test pair.",
  badArguments: (detail) => `${detail}. Run "idrs-rules emulator --help" to see the options.`,
  dataFolderMissing: (file, folder) =>
    `Cannot use the data file ${file}: the folder ${folder} does not exist. Create the folder or choose another --data path.`,
  dataFileUnreadable: (file, detail) =>
    `Cannot read the data file ${file}: ${detail}. Check its permissions or choose another --data path.`,
  dataFileInvalidJson: (file, detail) =>
    `The data file ${file} is not valid JSON (${detail}). The emulator did not change it. Repair the file, or move it away to start with no rules.`,
  dataFileInvalidContent: (file, detail) =>
    `The data file ${file} is not an emulator data file: ${detail}. The emulator did not change it. Repair the file, or choose another --data path.`,
  listenFailed: (address, detail) =>
    `Cannot listen on ${address}: ${detail}. Choose another port with --port, or 0 for any free port.`,
  logListening: (url, dataFile) =>
    dataFile
      ? `Emulator listening on ${url} with data file ${dataFile}`
      : `Emulator listening on ${url}`,
  logStopped: (url) => `Emulator on ${url} stopped`,
  logRemovedStaleFile: (path) => `Removed ${path}, the unfinished write of an earlier run.`,
};

const zhCN: EmulatorMessages = {
  summary: "在本机运行 idrsservice 规则接口的模拟器，用于测试",
  help: `用法：idrs-rules emulator [选项]

在本机启动一个 HTTP 服务，行为与智能双录质检（idrsservice）的五个规则接口相同
（CreateRule、UpdateRule、GetRule、DeleteRule、ListRules）：签名、Nonce、时间戳、
分页、ClientToken 以及服务的错误码。用它试运行部署、测试脚本，不会访问阿里云。

选项：
  --port N                 监听 127.0.0.1 上的 TCP 端口；0 表示任选空闲端口（默认：0）
  --data FILE              保存规则的 JSON 文件，重启后规则仍在（默认：只存内存）
  --access-key-id ID       接受的 AccessKey ID（默认：生成一对测试密钥）
  --access-key-secret S    对应的 AccessKey Secret；与 --access-key-id 一起使用
  --max-body-bytes N       请求体的最大字节数（默认：16777216）
  -h, --help               显示本帮助

不指定密钥时，模拟器会生成并打印一对测试密钥，因为它只能访问这个本地服务。
指定 --access-key-id 时，任何情况下都不打印 Secret。
控制接口 /_emulator/rules 和 /_emulator/faults 无需签名：模拟器是测试服务，
只监听 127.0.0.1。
`,
  banner:
    "idrs-rules 模拟器：在本机模拟智能双录质检（idrsservice）的五个规则接口（CreateRule、UpdateRule、GetRule、DeleteRule、ListRules），并非阿里云的真实服务。",
  listening: (url) => `监听地址：${url}`,
  dataFile: (path) => `规则保存在 ${path}，重启后仍在。`,
  memoryOnly: "未指定 --data：规则只保存在内存中，模拟器停止后即丢失。",
  generatedKey:
    "已为本模拟器生成一对测试 AccessKey。特意打印出来：它只能访问这个本地模拟器，不能访问阿里云。",
  givenKey: (id) => `接受 AccessKey ID ${id}，不打印其 Secret。`,
  exportIntro: "在另一个终端（POSIX sh）中执行以下命令，让 idrs-rules 连到模拟器：",
  secretPlaceholder: "<你传入的 Secret>",
  endpointHint: (url) => `并在调用服务的 idrs-rules 命令中加上 --endpoint ${url}。`,
  controlHint: (url) =>
    `仅供测试的控制接口，无需签名：GET ${url}/_emulator/rules，GET|POST|DELETE ${url}/_emulator/faults`,
  stopHint: "按 Ctrl+C 停止。",
  stopping: (signal) => `收到 ${signal}，正在停止模拟器。`,
  stopped: "模拟器已停止。",
  invalidPort: (value) =>
    `--port 的值“${value}”无效：请使用 0 到 65535 之间的整数（0 表示任选空闲端口）。`,
  invalidMaxBodyBytes: (value) => `--max-body-bytes 的值“${value}”无效：请使用正整数（字节数）。`,
  incompleteKeyPair:
    "--access-key-id 与 --access-key-secret 须同时指定；都不指定时会生成一对测试密钥。",
  badArguments: (detail) => `${detail}。运行“idrs-rules emulator --help”查看可用选项。`,
  dataFolderMissing: (file, folder) =>
    `无法使用数据文件 ${file}：文件夹 ${folder} 不存在。请先创建该文件夹，或用 --data 指定其他路径。`,
  dataFileUnreadable: (file, detail) =>
    `无法读取数据文件 ${file}：${detail}。请检查文件权限，或用 --data 指定其他路径。`,
  dataFileInvalidJson: (file, detail) =>
    `数据文件 ${file} 不是有效的 JSON（${detail}）。模拟器没有改动该文件。请修复它，或把它移走后以空规则库启动。`,
  dataFileInvalidContent: (file, detail) =>
    `数据文件 ${file} 不是模拟器的数据文件：${detail}。模拟器没有改动该文件。请修复它，或用 --data 指定其他路径。`,
  listenFailed: (address, detail) =>
    `无法在 ${address} 上监听：${detail}。请用 --port 换一个端口，或用 0 让系统任选空闲端口。`,
  logListening: (url, dataFile) =>
    dataFile ? `模拟器正在监听 ${url}，数据文件 ${dataFile}` : `模拟器正在监听 ${url}`,
  logStopped: (url) => `${url} 上的模拟器已停止`,
  logRemovedStaleFile: (path) => `已删除 ${path}：这是上次运行未写完的临时文件。`,
};

export const emulatorMessages: Readonly<Record<EmulatorLocale, EmulatorMessages>> = {
  en,
  "zh-CN": zhCN,
};
