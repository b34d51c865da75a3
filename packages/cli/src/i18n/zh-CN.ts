import type { CliMessageKey } from "./en.js";

/** Chinese (simplified) messages of the CLI; same keys and placeholders as en.ts. */
export const zhCN: Record<CliMessageKey, string> = {
  "help.global": `idrs-rules {version}：编写、检查和部署阿里云智能双录质检（idrsservice）的检测规则。

用法：idrs-rules <命令> [选项] [参数]

命令：
{commands}

全局选项：
  --lang zh-CN|en   消息语言；默认取自 LC_ALL、LC_MESSAGES 或 LANG
                    （中文 locale 为 zh-CN，其他为 en）
  -h, --help        显示本帮助；"idrs-rules <命令> --help" 显示单个命令的帮助
  -v, --version     显示版本号

退出码：0 没有问题，1 发现问题，2 命令行、配置或路径无效，70 内部错误（程序缺陷，请报告）。
文档：idrs-rules 仓库中的 docs/cli.zh-CN.md。
`,
  "error.missingCommand": '缺少命令。运行 "idrs-rules --help" 查看命令列表。',
  "error.unknownCommand": '未知命令 "{name}"。',
  "error.didYouMean": '您是否想用 "{suggestion}"？',
  "error.seeGlobalHelp": '运行 "idrs-rules --help" 查看命令列表。',
  "error.seeCommandHelp": '运行 "idrs-rules {command} --help" 查看它的选项。',
  "error.unknownOption": '"idrs-rules {command}" 没有选项 "{option}"。',
  "error.unknownGlobalOption": '未知选项 "{option}"。',
  "error.optionNeedsValue": '选项 "{option}" 需要一个值。',
  "error.optionTakesNoValue": '选项 "{option}" 不接受值。',
  "error.unexpectedArgument": '"idrs-rules {command}" 不接受参数，却收到了 "{argument}"。',
  "error.langNeedsValue": "--lang 需要一个值：zh-CN 或 en。",
  "error.invalidLang": '--lang 的语言 "{value}" 未知：请用 zh-CN 或 en。',
  "error.internal": `idrs-rules {version} 因意外错误而停止：{message}
这是 idrs-rules 的缺陷。请报告此问题，并附上所运行的命令和这条消息
（设置 IDRS_RULES_DEBUG=1 可打印调用栈）。`,
  "error.label": "错误",

  "path.notFound": '路径不存在："{path}"。请检查拼写，或在规则所在的文件夹中运行命令。',
  "path.noRuleFiles": '"{path}" 中没有规则文件（{kinds}）。',
  "path.noMatch": '没有规则文件（{kinds}）匹配模式 "{pattern}"。',
  "path.notRuleFile": '"{path}" 不是规则文件：请使用 .idrs 或 .rule.json 文件。',
  "path.filteredOut":
    '那里的规则文件（{count} 个）被 {config} 的 "include" 和 "exclude" 模式排除；在命令行上直接写出的文件总会被检查。',
  "path.skippedFolder":
    "那里的规则文件（{count} 个）被排除：名称以点开头的文件夹和 node_modules 不会被搜索。在命令行上直接写出的文件总会被检查。",
  "path.unmatchedHint": "如需接受没有规则文件的路径，请加 --no-error-on-unmatched-pattern。",
  "config.notFound": '配置文件不存在："{path}"。',
  "config.unreadable": '无法读取配置文件 "{path}"：{reason}。',
  "config.invalid": '配置文件 "{path}" 无效；请修正以下问题后重新运行：',
  "file.unreadable": "无法读取文件：{reason}。",
  "file.isFolder": "这是文件夹，不是规则文件；请重命名，使其名称不以 {extension} 结尾。",
  "file.brokenLink": "符号链接指向的文件不存在。",
  "file.bom": "文件以 UTF-8 字节顺序标记（BOM）开头；请保存为不带 BOM 的 UTF-8。",
  "file.invalidUtf8":
    "文件不是有效的 UTF-8：字节偏移 {offset} 处的字节无效。请保存为 UTF-8（不支持 GBK 和 GB 18030）。",
  "file.removeBom": "删除字节顺序标记",
  "reason.EACCES": "权限不足",
  "reason.EPERM": "不允许该操作",
  "reason.EISDIR": "它是文件夹",
  "reason.ENOENT": "它不存在",
  "reason.ENOENT.write": "它所在的文件夹不存在，也无法在那里创建",
  "reason.ELOOP": "符号链接层数过多",
  "reason.ENOTDIR": "路径中有一部分是文件，不是文件夹",
  "reason.EEXIST": "同名的文件或文件夹已存在",
  "reason.EROFS": "文件系统是只读的",
  "reason.ENOSPC": "设备上没有剩余空间",
  "reason.EFBIG": "文件过大（超过 {limit}），不可能是规则文件",
  "reason.ENOTREG": "它不是普通文件，而是管道、套接字或设备",
  "reason.other": "系统错误 {code}",
  "output.writeFailed": '无法写入 "{path}"：{reason}。',
  "output.isInput":
    '报告会覆盖 "{path}"，而它是本项目的规则文件或配置文件；请用 --output 指定另一个文件。',
  "output.exists": '"{path}" 已存在；如需覆盖，请加 --force。',

  "lint.summary": "检查 .idrs 和 *.rule.json 文件并报告问题",
  "lint.help": `用法：idrs-rules lint [选项] [路径...]

检查 .idrs 和 *.rule.json 文件并报告发现的问题。路径可以是文件、文件夹（递归查找，
跳过 node_modules 和以点开头的文件夹）或 glob 模式，例如 "rules/**/*.idrs"（请加引号）。
默认路径为当前文件夹。设置取自 --config 指定的文件；未指定时，先从第一个路径起逐级向上、
再从当前文件夹起逐级向上查找 idrs.config.json。它所在的文件夹是项目根目录；找不到时，
根目录为第一个路径所在的 git 工作区，否则为该路径所在的文件夹。"include" 和 "exclude"
模式作用于文件夹和模式，命令行上直接给出的文件
总会被检查。项目中的所有规则文件都会被读取，以便片段和重复名称跨文件解析，但只报告
给出的路径。

选项：
  --config FILE        使用 FILE 作为配置，不再查找 idrs.config.json
  --format NAME        报告格式：stylish（默认，供人阅读）、json、sarif（SARIF 2.1.0，
                       用于代码扫描）、github（GitHub Actions 注解）、junit（JUnit XML）
  -o, --output FILE    把报告写入 FILE，而不是标准输出
  --max-warnings N     警告多于 N 条时以 1 退出（默认不限）
  --quiet              只报告错误；警告和提示既不显示也不计数
  --fix                应用安全的修复（全角标点、名称空格、字节顺序标记、重复动作），
                       写回改动的文件，并报告剩下的问题
  --no-color           不使用颜色输出（也可设置 NO_COLOR=1；FORCE_COLOR=1 强制使用颜色）
  --no-error-on-unmatched-pattern
                       文件夹或模式中没有规则文件时以 0 而不是 2 退出
  --lang zh-CN|en      消息语言
  -h, --help           显示本帮助

退出码：
  0   没有错误，且警告不多于 --max-warnings
  1   发现错误，或警告多于 --max-warnings
  2   选项或配置无效、路径不存在、没有找到规则文件，或报告无法写入
  70  内部错误（idrs-rules 的缺陷）

示例：
  idrs-rules lint
  idrs-rules lint rules/ --max-warnings 0
  idrs-rules lint "rules/**/*.idrs" --format sarif -o idrs.sarif
`,
  "lint.badFormat": '未知的报告格式 "{value}"：请使用 {formats} 之一。',
  "lint.badMaxWarnings": '--max-warnings 需要一个大于或等于 0 的整数，而不是 "{value}"。',
  "lint.tooManyWarnings": "警告过多：共 {count} 条，超过 --max-warnings 允许的 {max} 条。",
  "lint.fixed.one": "已修复 {path} 中的 1 个问题（{codes}）。",
  "lint.fixed.other": "已修复 {path} 中的 {count} 个问题（{codes}）。",

  "severity.error": "错误",
  "severity.warning": "警告",
  "severity.info": "提示",
  "stylish.docs": "文档：{url}",
  "stylish.related": "↳ {location}  {message}",
  "summary.problems": "✖ {problems}（{details}）",
  "summary.problem.one": "1 个问题",
  "summary.problem.other": "{count} 个问题",
  "summary.error.one": "1 个错误",
  "summary.error.other": "{count} 个错误",
  "summary.warning.one": "1 个警告",
  "summary.warning.other": "{count} 个警告",
  "summary.info.one": "1 个提示",
  "summary.info.other": "{count} 个提示",
  "summary.fixable.one": "  其中 1 个问题可用 --fix 修复。",
  "summary.fixable.other": "  其中 {count} 个问题可用 --fix 修复。",
  "summary.clean.one": "✔ 已检查 1 个文件，没有问题",
  "summary.clean.other": "✔ 已检查 {count} 个文件，没有问题",

  "fmt.summary": "按规范布局格式化 .idrs 文件",
  "fmt.help": `用法：idrs-rules fmt [选项] [路径...]

按唯一的规范布局格式化 .idrs 文件（两个空格缩进，每个条目一行，保留注释）。不加 --check
或 --write 时，把一个文件格式化后的文本打印到标准输出。路径可以是文件、文件夹或 glob 模式，
与 "lint" 相同；默认为当前文件夹。有语法错误的文件不会被格式化：打印其错误，其他文件照常处理。

选项：
  --check              不写入；列出布局会改变的文件
  --write              改写布局会改变的文件（不改动其他文件）
  --config FILE        使用 FILE 作为配置，不再查找 idrs.config.json
  --lang zh-CN|en      消息语言
  -h, --help           显示本帮助

退出码：
  0   完成；使用 --check 时表示所有文件都已格式化
  1   使用 --check 时有文件会改变；或有文件存在语法错误
  2   选项或路径无效，或没有找到 .idrs 文件
  70  内部错误（idrs-rules 的缺陷）

示例：
  idrs-rules fmt rules/main.idrs
  idrs-rules fmt --check
  idrs-rules fmt --write rules/
`,
  "fmt.needsOneFile":
    "不加 --check 或 --write 时，fmt 只打印一个文件，但给出了 {count} 个文件。请加 --check 或 --write。",
  "fmt.bothModes": "--check 和 --write 只能选其一。",
  "fmt.notIdrs":
    'fmt 只格式化 .idrs 文件，不能格式化 "{path}"。要检查 .rule.json 文件，请运行 idrs-rules lint。',
  "fmt.syntaxErrors": "{path}：存在语法错误，未格式化；请先修正。",
  "fmt.unreadable": "{path}：未格式化：{reason}",
  "fmt.wouldChange.one": "1 个文件的布局会改变；请运行 idrs-rules fmt --write。",
  "fmt.wouldChange.other": "{count} 个文件的布局会改变；请运行 idrs-rules fmt --write。",
  "fmt.allFormatted.one": "✔ 1 个文件已是规范格式",
  "fmt.allFormatted.other": "✔ {count} 个文件已是规范格式",
  "fmt.wrote.one": "✔ 已格式化 1 个文件，{unchanged} 个未改动",
  "fmt.wrote.other": "✔ 已格式化 {count} 个文件，{unchanged} 个未改动",
  "fmt.checkFailed.one":
    "✖ 1 个文件无法格式化；{formatted} 个已是规范格式，{changed} 个的布局会改变。",
  "fmt.checkFailed.other":
    "✖ {count} 个文件无法格式化；{formatted} 个已是规范格式，{changed} 个的布局会改变。",
  "fmt.writeFailed.one": "✖ 1 个文件无法格式化；已格式化 {changed} 个，{unchanged} 个未改动。",
  "fmt.writeFailed.other":
    "✖ {count} 个文件无法格式化；已格式化 {changed} 个，{unchanged} 个未改动。",

  "compile.summary": "打印规则的 content JSON，即 CreateRule 所需的格式",
  "compile.help": `用法：idrs-rules compile [选项] FILE

打印 FILE（.idrs 或 .rule.json 文件）中规则的 content JSON，即 CreateRule 和 UpdateRule
的 "Content" 参数：紧凑格式，末尾带一个换行。规则用到的片段在项目的所有规则文件中解析。
问题输出到标准错误；只有规则没有错误时才打印 JSON。

选项：
  --rule NAME          FILE 中有多条规则时，要编译的规则
  --pretty             以两个空格缩进 JSON
  --config FILE        使用 FILE 作为配置，不再查找 idrs.config.json
  --lang zh-CN|en      消息语言
  -h, --help           显示本帮助

退出码：
  0   编译成功
  1   规则有错误（标准输出不打印任何内容）
  2   选项无效、FILE 不存在、不是规则文件，或需要 --rule 或其指定的规则不存在
  70  内部错误（idrs-rules 的缺陷）

示例：
  idrs-rules compile rules/终身寿险.idrs --pretty
`,
  "compile.notFolder":
    'compile 只接受一个规则文件（.idrs 或 .rule.json），但 "{path}" 是文件夹；检查文件夹请用 idrs-rules lint。',
  "compile.oneFile": "compile 只接受一个 FILE，但给出了 {count} 个。",
  "compile.noRule": '"{path}" 中没有可编译的规则。',
  "compile.chooseRule": '"{path}" 中有 {count} 条规则；请用 --rule NAME 选择其一：{names}。',
  "compile.ruleNotFound": '"{path}" 中没有名为 "{name}" 的规则；其中的规则有：{names}。',
  "compile.failed": '"{path}" 因以上错误未能编译。',

  "decompile.summary": "把 content JSON 或 .rule.json 文件转换为 .idrs 文本",
  "decompile.help": `用法：idrs-rules decompile [选项] FILE

读取 FILE（规则的 content JSON，即 "Content" 中保存的数组，或 .rule.json 文件），
以格式化的 .idrs 文本打印。规则名称取 .rule.json 文件的 "name"；对于单纯的 content，
取 --name，否则取不含扩展名的文件名。

选项：
  --name NAME          单纯 content JSON 的规则名称
  -o, --output FILE    把 .idrs 文本写入 FILE，而不是标准输出
  --force              与 --output 一起使用时，覆盖已存在的 FILE
  --lang zh-CN|en      消息语言
  -h, --help           显示本帮助

退出码：
  0   转换成功
  1   FILE 不是有效的 content JSON（问题输出到标准错误）
  2   选项无效、FILE 不存在，或输出文件已存在而未加 --force
  70  内部错误（idrs-rules 的缺陷）

示例：
  idrs-rules decompile content.json --name "终身寿险 双录质检" -o rules/终身寿险.idrs
`,
  "decompile.isIdrs":
    'decompile 读取内容 JSON 或 .rule.json 文件，而 "{path}" 已经是 .idrs 源文件。要得到它的内容 JSON，请运行 idrs-rules compile {path}。',
  "decompile.oneFile": "decompile 只接受一个 FILE，但给出了 {count} 个。",
  "decompile.failed": '"{path}" 因以上错误未能转换。',
  "decompile.wrote": "✔ 已写入 {path}",
};
