"""Every sentence cc-assess prints, as ``key: (zh, en)``.

One table for the whole tool.  Keys are dotted slugs (``area.what``); values are ``str.format`` templates whose
placeholders are the same in both languages (a test checks it).  Each area keeps its own section below, so
that work on one area does not touch the lines of another.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {}

# --- core: diagnostics, errors, summaries, help -----------------------------------------------------------

# typer's and click's own words (cc_assess.i18n.clitext translates them where typer writes them)
MESSAGES.update(
    {
        "click.usage": ("用法：", "Usage: "),
        "click.try-help": ("运行 '{command}' 查看帮助。", "Try '{command}' for help."),
        "click.error": ("错误：", "Error: "),
        "click.arguments": ("参数：", "Arguments:"),
        "click.options": ("选项：", "Options:"),
        "click.commands": ("命令：", "Commands:"),
        "click.help-option": ("显示此帮助并退出。", "Show this message and exit."),
        "click.default": ("[默认：", "[default: "),
        "click.required": ("[必填]", "[required]"),
        "click.possible-options": ("（可用的选项：{options}）", "(Possible options: {options})"),
        "click.no-such-option": ("没有这个选项：{option}", "No such option: {option}"),
        "click.no-such-command": ("没有这个命令 '{name}'。", "No such command '{name}'."),
        "click.missing-command": ("缺少命令。", "Missing command."),
        "click.missing-argument": ("缺少参数 '{name}'。", "Missing argument '{name}'."),
        "click.missing-option": ("缺少选项 '{name}'。", "Missing option '{name}'."),
        "click.missing-parameter": ("缺少参数：{name}", "Missing parameter: {name}"),
        "click.invalid-value-for": ("{name} 的值无效：", "Invalid value for {name}: "),
        "click.invalid-value": ("值无效：", "Invalid value: "),
        "click.not-one-of": ("'{value}' 不是以下之一：{choices}。", "'{value}' is not one of {choices}."),
        "click.extra-arguments": ("多余的参数（{arguments}）", "Got unexpected extra argument(s) ({arguments})"),
        "click.no-value": ("选项 '{option}' 不接受值。", "Option '{option}' does not take a value."),
        "click.needs-value": ("选项 '{option}' 需要一个值。", "Option '{option}' requires an argument."),
        "click.needs-values": ("选项 '{option}' 需要 {count} 个值。", "Option '{option}' requires {count} arguments."),
        "click.did-you-mean": ("您是不是想输入 {names}？", "Did you mean {names}?"),
        "click.not-integer": (
            "应为整数，无法把这段文字读作整数",
            "Input should be a valid integer, unable to parse string as an integer",
        ),
        "click.not-number": (
            "应为数字，无法把这段文字读作数字",
            "Input should be a valid number, unable to parse string as a number",
        ),
        "click.at-least": ("应大于或等于 {minimum}", "Input should be greater than or equal to {minimum}"),
        "click.aborted": ("已中止！", "Aborted!"),
    }
)

# help of the app, of every command and of every option: help.<command path>[.<parameter name>]; the English
# is the help text written in cli.py (a test keeps them equal), the Chinese is shown when the tool speaks zh.
MESSAGES.update(
    {
        "help.cc-assess": (
            "依据 YD/T 2823-2015 及其他评审目录对呼叫中心进行自我评估。\n\n"
            "颜色遵循 NO_COLOR（https://no-color.org）；--quiet 只在标准错误输出上保留问题和错误。\n\n"
            "示例：cc-assess validate sites/shanghai/2026 --format github",
            "Self-assessment of call centres against YD/T 2823-2015 and other catalogues.\n\n"
            "Colours follow NO_COLOR (https://no-color.org); --quiet keeps only problems and errors on stderr.\n\n"
            "Example: cc-assess validate sites/shanghai/2026 --format github",
        ),
        "help.cc-assess.version": ("显示版本号并退出。", "Print the version and exit."),
        "help.cc-assess.quiet": (
            "在标准错误输出上只显示错误和问题，不显示摘要。",
            "Print only errors and problems on stderr, no summaries.",
        ),
        "help.cc-assess.install_completion": (
            "为当前 shell 安装命令补全。",
            "Install completion for the current shell.",
        ),
        "help.cc-assess.show_completion": (
            "显示当前 shell 的命令补全脚本，以便复制或自定义安装。",
            "Show completion for the current shell, to copy it or customize the installation.",
        ),
        "help.init": (
            "创建评估：assessment.yaml，以及评审目录中每个条目的一个回复文件。\n\n"
            "示例：cc-assess init 2026 --catalogue ydt-2823-2015 --organization 华信客服中心 --site 上海",
            "Scaffold an assessment: assessment.yaml and one response file per catalogue item.\n\n"
            "Example: cc-assess init 2026 --catalogue ydt-2823-2015 --organization 华信客服中心 --site 上海",
        ),
        "help.init.folder": ("要创建（或补全）的文件夹。", "Folder to create (or fill)."),
        "help.init.catalogue": ("内置评审目录的 id，或评审目录文件。", "Bundled catalogue id, or a catalogue file."),
        "help.init.organization": ("受评组织名称。", "Organisation name."),
        "help.init.site": ("场所。", "Site."),
        "help.init.kind": ("评估类型。", "Kind of assessment."),
        "help.init.from_": ("从上一次评估沿用答案。", "Previous assessment to carry answers forward from."),
        "help.init.force": ("覆盖已有文件。", "Overwrite existing files."),
        "help.validate": (
            "检查一个或多个评估的每个文件，并报告全部问题，每个问题以 路径:行:列 标明位置。\n\n"
            "示例：cc-assess validate sites/shanghai/2026 --format github",
            "Check every file of one or more assessments and report all problems, each as path:line:col.\n\n"
            "Example: cc-assess validate sites/shanghai/2026 --format github",
        ),
        "help.validate.folders": ("评估文件夹（默认：.）。", "Assessment folders (default: .)."),
        "help.validate.format": ("输出格式。", "Output format."),
        "help.validate.jobs": (
            "检查多个文件夹时的工作进程数（0：每个 CPU 一个）。",
            "Worker processes for several folders (0: one per CPU).",
        ),
        "help.score": (
            "各评审类别得分与总体得分、各状态条目数、关键项未通过情况和差距排序。\n\n"
            "示例：cc-assess score 2026 --format json --fail-under 80 --fail-on-key",
            "Domain and overall scores, counts, key-item failures and ranked gaps.\n\n"
            "Example: cc-assess score 2026 --format json --fail-under 80 --fail-on-key",
        ),
        "help.score.folder": ("评估文件夹（默认：.）。", "Assessment folder (default: .)."),
        "help.score.format": ("输出格式。", "Output format."),
        "help.score.fail_under": ("总体得分低于 N 时以 1 退出。", "Exit 1 when the overall score is below N."),
        "help.score.fail_on_key": ("有任何关键项未通过时以 1 退出。", "Exit 1 on any key-item failure."),
        "help.score.require_complete": ("有任何条目未评估时以 1 退出。", "Exit 1 when any item is not assessed."),
        "help.score.lang": (
            "表头和标题的语言（默认：工具的语言）。",
            "Language of headers and titles (default: the tool's language).",
        ),
        "help.schema": (
            "输出某类文件的 JSON Schema（draft 2020-12），供编辑器和 check-jsonschema 使用。\n\n"
            "示例：cc-assess schema response --catalogue ydt-2823-2015 > .cc-assess/response.schema.json",
            "Print the JSON Schema (draft 2020-12) of a file kind, for editors and check-jsonschema.\n\n"
            "Example: cc-assess schema response --catalogue ydt-2823-2015 > .cc-assess/response.schema.json",
        ),
        "help.schema.kind": ("文件类型。", "File kind."),
        "help.schema.catalogue": (
            "仅用于回复文件的 Schema：列出该评审目录的条目编号和状态（内置 id 或文件）。",
            "Response schema only: enumerate this catalogue's item ids and statuses (bundled id or file).",
        ),
        "help.schema.catalogue_version": (
            "内置评审目录的版本（默认：当前版本）。",
            "Version of a bundled catalogue (default: current).",
        ),
        "help.hook-validate": (
            "pre-commit 钩子：检查所给文件所属的评估文件夹。\n\n"
            "示例：cc-assess hook-validate sites/shanghai/2026/responses/HR/HR-01.yaml",
            "pre-commit hook: validate the assessment folders that the given files belong to.\n\n"
            "Example: cc-assess hook-validate sites/shanghai/2026/responses/HR/HR-01.yaml",
        ),
        "help.hook-validate.files": ("改动的文件（由 pre-commit 传入）。", "Changed files (pre-commit passes them)."),
        "help.hook-validate.format": ("输出格式。", "Output format."),
        "help.hook-score": (
            "pre-commit 钩子：为所给文件所属的评估文件夹计分；以最差的退出码退出。\n\n"
            "示例：cc-assess hook-score --fail-under 80 sites/shanghai/2026/assessment.yaml",
            "pre-commit hook: score the assessment folders that the given files belong to; the worst exit code "
            "wins.\n\nExample: cc-assess hook-score --fail-under 80 sites/shanghai/2026/assessment.yaml",
        ),
        "help.hook-score.files": ("改动的文件（由 pre-commit 传入）。", "Changed files (pre-commit passes them)."),
        "help.hook-score.format": ("输出格式。", "Output format."),
        "help.hook-score.fail_under": ("任一总体得分低于 N 时以 1 退出。", "Exit 1 when an overall score is below N."),
        "help.hook-score.fail_on_key": ("有任何关键项未通过时以 1 退出。", "Exit 1 on any key-item failure."),
        "help.hook-score.require_complete": ("有任何条目未评估时以 1 退出。", "Exit 1 when any item is not assessed."),
        "help.report": (
            "生成评估报告（或整改报告）：Markdown、自包含的 HTML、PDF 或 Word。\n\n"
            "PDF 由无界面运行的 Chromium、Chrome 或 Edge 打印 HTML 报告而成（可用 CC_ASSESS_BROWSER 指定）；"
            "Word 需要可选组件：pip install 'cc-assess[docx]'。\n\n"
            "示例：cc-assess report 2026 --format pdf --lang bi -o report.pdf",
            "Render the assessment report (or the rectification report): Markdown, self-contained HTML, PDF or "
            "Word.\n\nPDF is the HTML report printed by a headless Chromium, Chrome or Edge (CC_ASSESS_BROWSER "
            "names one);\nWord needs the optional extra: pip install 'cc-assess[docx]'.\n\n"
            "Example: cc-assess report 2026 --format pdf --lang bi -o report.pdf",
        ),
        "help.report.folder": ("评估文件夹（默认：.）。", "Assessment folder (default: .)."),
        "help.report.format": ("报告格式。", "Report format."),
        "help.report.lang": (
            "zh、en 或 bi（双语）；默认：评估的语言。",
            "zh, en or bi (both); default: the assessment's.",
        ),
        "help.report.output": (
            "写入 FILE（原子写入），而不是标准输出。",
            "Write to FILE (atomically) instead of stdout.",
        ),
        "help.report.template": (
            "模板名称：report、rectification 或您自己的模板。",
            "Template name: report, rectification or your own.",
        ),
        "help.report.template_dir": (
            "存放覆盖内置模板的模板文件夹。",
            "Folder of templates that override the bundled ones.",
        ),
        "help.report.today": ("报告日期及逾期判定日（YYYY-MM-DD）。", "Report date and overdue cut-off (YYYY-MM-DD)."),
        "help.actions": (
            "整改计划：按完成期限排序，表格中按责任人分组，并标出逾期项。\n\n"
            "示例：cc-assess actions 2026 --overdue --owner 陈刚 --format csv > overdue.csv",
            "The corrective-action plan: sorted by due date, grouped by owner in the table, overdue marked.\n\n"
            "Example: cc-assess actions 2026 --overdue --owner 陈刚 --format csv > overdue.csv",
        ),
        "help.actions.folder": ("评估文件夹（默认：.）。", "Assessment folder (default: .)."),
        "help.actions.overdue": ("只列出已过完成期限的整改措施。", "Only actions past their due date."),
        "help.actions.owner": ("只列出该责任人的整改措施。", "Only actions of this owner."),
        "help.actions.today": ("判定“逾期”所用的今天日期。", "Today's date for 'overdue'."),
        "help.validate.today": (
            "判定“日期在今天之后”和证据是否过期所用的今天日期。",
            "Today's date for dates in the future and expired evidence.",
        ),
        "help.actions.format": ("输出格式。", "Output format."),
        "help.actions.lang": (
            "标题的语言（默认：工具的语言）。",
            "Language of headings (default: the tool's language).",
        ),
        "help.evidence": (
            "证据索引（条目、引用、说明、是否存在、大小、sha256）；可锁定到 evidence.lock.yaml 并加以核验。\n\n"
            "示例：cc-assess evidence 2026 --lock && git add 2026/evidence.lock.yaml",
            "The evidence index (item, ref, note, exists, size, sha256); lock it in evidence.lock.yaml, verify "
            "it.\n\nExample: cc-assess evidence 2026 --lock && git add 2026/evidence.lock.yaml",
        ),
        "help.evidence.folder": ("评估文件夹（默认：.）。", "Assessment folder (default: .)."),
        "help.evidence.lock": ("记录每个证据文件的 sha256 和大小。", "Record sha256 and size of every evidence file."),
        "help.evidence.verify": (
            "有证据文件缺失、被改动或未登记时以 1 退出。",
            "Exit 1 on a missing, changed or unlisted evidence file.",
        ),
        "help.evidence.format": ("索引的输出格式。", "Output format of the index."),
        "help.pack": (
            "认证资料包：报告、score.json、actions.csv、证据、YAML 文件，以及 sha256 清单。\n\n"
            "示例：cc-assess pack 2026 -o huaxin-2026.zip && cc-assess pack --verify huaxin-2026.zip",
            "The certification bundle: reports, score.json, actions.csv, evidence, the YAML, and a sha256 "
            "manifest.\n\nExample: cc-assess pack 2026 -o huaxin-2026.zip && cc-assess pack --verify huaxin-2026.zip",
        ),
        "help.pack.target": (
            "评估文件夹（默认：.），使用 --verify 时为资料包。",
            "Assessment folder (default: .), or with --verify the pack.",
        ),
        "help.pack.output": ("要写入的 zip 文件。", "The zip file to write."),
        "help.pack.verify": ("按资料包的 manifest.json 核验资料包。", "Check a pack against its manifest.json."),
        "help.pack.today": ("报告日期及逾期判定日。", "Report date and overdue cut-off."),
        "help.diff": (
            "比较两次评估：总体和各评审类别得分的变化、状态有变化的条目、新开和关闭的整改措施。\n\n"
            "在磁盘上存在的参数是文件夹；否则是 REV:PATH，从包含当前文件夹的 git 仓库中读取（不改动工作区）。\n\n"
            "示例：cc-assess diff y2025:site-a HEAD:site-a --format markdown --fail-on-regression",
            "Compare two assessments: overall and domain deltas, items that changed, actions opened and closed."
            "\n\nAn argument that exists on disk is a folder; otherwise it is REV:PATH, read with git from the "
            "repository\nthat contains the current folder (the working tree is not touched).\n\n"
            "Example: cc-assess diff y2025:site-a HEAD:site-a --format markdown --fail-on-regression",
        ),
        "help.diff.old": (
            "上一次评估：文件夹，或 git REV:PATH（例如 y2025:site-a）。",
            "Old assessment: a folder, or git REV:PATH (e.g. y2025:site-a).",
        ),
        "help.diff.new": (
            "本次评估：文件夹，或 git REV:PATH（例如 HEAD:site-a）。",
            "New assessment: a folder, or git REV:PATH (e.g. HEAD:site-a).",
        ),
        "help.diff.format": ("输出格式。", "Output format."),
        "help.diff.fail_on_regression": ("有任何条目退步时以 1 退出。", "Exit 1 when any item regressed."),
        "help.diff.lang": (
            "表头和标题的语言（默认：工具的语言）。",
            "Language of headers and titles (default: the tool's language).",
        ),
        "help.history": (
            "一个评估文件夹在多个 git 版本上的得分：变化趋势。\n\n"
            "先列出与 --tags 匹配的标签（最早的提交在前），再按给出的顺序列出每个 --rev。\n\n"
            "示例：cc-assess history site-a --tags 'y*' --rev HEAD --format html > trend.html",
            "Scores of one assessment folder at several git revisions: the trend.\n\n"
            "Tags matching --tags come first (oldest commit first), then each --rev in the order given.\n\n"
            "Example: cc-assess history site-a --tags 'y*' --rev HEAD --format html > trend.html",
        ),
        "help.history.folder": (
            "评估文件夹（当前 git 仓库中的路径）。",
            "Assessment folder (as a path in the current git repository).",
        ),
        "help.history.rev": ("一个 git 版本（可重复）。", "A git revision (repeatable)."),
        "help.history.tags": (
            "与该通配符匹配的每个标签（例如 'y*'），最早的在前。",
            "Every tag matching this glob (e.g. 'y*'), oldest first.",
        ),
        "help.history.format": ("输出格式。", "Output format."),
        "help.history.lang": (
            "表头和标题的语言（默认：工具的语言；html：最近一次评估的语言）。",
            "Language of headers and titles (default: the tool's language; html: the latest assessment's).",
        ),
        "help.migrate": (
            "按评审目录的变更（改名、删除、新增），把回复迁移到较新的评审目录版本。\n\n"
            "改名的条目保留原文件（只改 item: 一行）；删除的条目移到 responses/_retired/ 并附说明；"
            "新增的条目得到新的回复文件；assessment.yaml 改为新的 catalogue_version。\n"
            "要么全部完成，要么什么都不改。\n\n"
            "示例：cc-assess migrate site-a --to 1.1.0 --dry-run",
            "Move responses to a newer catalogue version, following its changes: (renamed, removed, added).\n\n"
            "Renamed items keep their file (only the item: line changes); removed items move to responses/_retired/"
            "\nwith a note; added items get a fresh response file; assessment.yaml gets the new catalogue_version."
            "\nAll or nothing.\n\nExample: cc-assess migrate site-a --to 1.1.0 --dry-run",
        ),
        "help.migrate.folder": ("评估文件夹（默认：.）。", "Assessment folder (default: .)."),
        "help.migrate.to": ("要迁移到的评审目录版本。", "Catalogue version to move the responses to."),
        "help.migrate.dry_run": ("只显示迁移计划，不写入任何文件。", "Print the plan; write nothing."),
        "help.export": (
            "把答案导出为工作簿（每个评审类别一张工作表，状态为下拉选择）或 CSV 文件。\n\n"
            "示例：cc-assess export 2026 --format xlsx -o 2026-answers.xlsx",
            "Export the answers to a workbook (one sheet per domain, status drop-downs) or a CSV file.\n\n"
            "Example: cc-assess export 2026 --format xlsx -o 2026-answers.xlsx",
        ),
        "help.export.folder": ("评估文件夹（默认：.）。", "Assessment folder (default: .)."),
        "help.export.format": (
            "xlsx 或 csv（默认：按 -o 的后缀，否则为 xlsx）。",
            "xlsx or csv (default: from the -o suffix, else xlsx).",
        ),
        "help.export.output": (
            "要写入的文件（csv：省略时写到标准输出）。",
            "File to write (csv: standard output when omitted).",
        ),
        "help.export.lang": (
            "标签和表头的语言（默认：评估的语言）。",
            "Language of labels and headers (default: the assessment's).",
        ),
        "help.import": (
            "把填好的工作簿写回回复文件，只改动工作簿中改过的内容。\n\n"
            "示例：cc-assess import 2026 2026-answers.xlsx --dry-run",
            "Apply a filled-in workbook to the response files, changing only what was changed in it.\n\n"
            "Example: cc-assess import 2026 2026-answers.xlsx --dry-run",
        ),
        "help.import.folder": ("评估文件夹。", "Assessment folder."),
        "help.import.file": (
            "由 'cc-assess export' 生成的工作簿或 CSV（.xlsx 或 .csv）。",
            "Workbook or CSV made by 'cc-assess export' (.xlsx or .csv).",
        ),
        "help.import.dry_run": (
            "列出将会改动的文件，不写入任何文件。",
            "List the files that would change; write nothing.",
        ),
        "help.catalogue": (
            "内置评审目录：列出、查看、检查。\n\n示例：cc-assess catalogue show ydt-2823-2015 --lang en",
            "Bundled catalogues: list, show, check.\n\nExample: cc-assess catalogue show ydt-2823-2015 --lang en",
        ),
        "help.catalogue.list": (
            "列出内置评审目录及其版本。\n\n示例：cc-assess catalogue list",
            "List the bundled catalogues and their versions.\n\nExample: cc-assess catalogue list",
        ),
        "help.catalogue.list.format": ("输出格式。", "Output format."),
        "help.catalogue.show": (
            "显示一个内置评审目录的评审类别和评审条目。\n\n示例：cc-assess catalogue show ydt-2823-2015 --lang en",
            "Show one bundled catalogue's domains and items.\n\n"
            "Example: cc-assess catalogue show ydt-2823-2015 --lang en",
        ),
        "help.catalogue.show.catalogue_id": ("内置评审目录的 id。", "Bundled catalogue id."),
        "help.catalogue.show.version": ("版本（默认：当前版本）。", "Version (default: current)."),
        "help.catalogue.show.format": ("输出格式。", "Output format."),
        "help.catalogue.show.lang": ("语言。", "Language."),
        "help.catalogue.check": (
            "检查评审目录文件：结构、编号唯一、评分等级无歧义。\n\n"
            "示例：cc-assess catalogue check criteria/my-catalogue.yaml",
            "Lint a catalogue file: shape, unique ids, an unambiguous scale.\n\n"
            "Example: cc-assess catalogue check criteria/my-catalogue.yaml",
        ),
        "help.catalogue.check.file": ("要检查的评审目录文件。", "Catalogue file to lint."),
        "help.catalogue.check.format": ("输出格式。", "Output format."),
        "help.score.require_approved": (
            "除非有与当前内容一致的“批准”签署，否则以 1 退出。",
            "Exit 1 unless an 'approved' sign-off matches the current content.",
        ),
        "help.approve": (
            "在 approvals.yaml 中签署评估的当前内容：签署人、日期及所签内容的摘要。\n\n"
            "文件夹必须通过检查；该角色的签署条目会被新增或替换。之后对 assessment.yaml、回复文件或 "
            "evidence.lock.yaml 的任何改动都会使该条目过期（validate 会给出 approval-outdated 警告）。\n\n"
            "示例：cc-assess approve 2026 --role approved --name 张伟 --date 2026-11-02",
            "Sign off the assessment's current content in approvals.yaml: who, when, and a digest of what.\n\n"
            "The folder must validate; the entry of that role is added or replaced.  Any later change to "
            "assessment.yaml,\na response file or evidence.lock.yaml makes the entry outdated (validate warns "
            "approval-outdated).\n\nExample: cc-assess approve 2026 --role approved --name 张伟 --date 2026-11-02",
        ),
        "help.approve.role": (
            "prepared（编制）、reviewed（审核）或 approved（批准）。",
            "prepared (编制), reviewed (审核) or approved (批准).",
        ),
        "help.approve.name": ("签署人。", "Who signs off."),
        "help.approve.date": ("签署日期（默认：今天）。", "Date of the sign-off (default: today)."),
    }
)

# messages of the command line (cli.py)
MESSAGES.update(
    {
        "cli.no-c-loader": (
            "cc-assess：警告：PyYAML 没有 C 加载器（构建时未带 libyaml），读取 YAML 约慢 20 倍；"
            "请安装带 libyaml 构建的 PyYAML wheel",
            "cc-assess: warning: PyYAML has no C loader (it was built without libyaml), so reading YAML is about "
            "20x slower; install a PyYAML wheel built with libyaml",
        ),
        "cli.init-wrote": ("已向 {folder} 写入 {count} 个文件", "wrote {count} files into {folder}"),
        "cli.init-wrote-carried": (
            "已向 {folder} 写入 {count} 个文件，沿用了 {carried} 个答案",
            "wrote {count} files into {folder}, carried {carried} answers forward",
        ),
        "cli.problems": ("{errors} 个错误，{warnings} 个警告", "{errors} error(s), {warnings} warning(s)"),
        "cli.no-problems": ("正常：未发现问题", "ok: no problems found"),
        "cli.current": ("（当前版本）", " (current)"),
        "cli.n-items": ("{count} 个条目", "{count} items"),
        "cli.no-such-file": ("文件不存在", "no such file"),
        "cli.catalogue-ok": ("正常：{path} 是有效的评审目录", "ok: {path} is a valid catalogue"),
        "cli.schema-version-needs-catalogue": (
            "--catalogue-version 需要与 --catalogue 一起使用",
            "--catalogue-version needs --catalogue",
        ),
        "cli.schema-catalogue-response-only": (
            "--catalogue 只能用于细化回复文件的 Schema，不能用于 {kind} 的 Schema",
            "--catalogue narrows the response schema only, not the {kind} schema",
        ),
        "cli.hook-no-folder": (
            "所给文件中没有评估文件夹；无需检查",
            "no assessment folder among the given files; nothing to check",
        ),
        "cli.wrote": ("已写入 {path}", "wrote {path}"),
        "cli.lock-or-verify": ("请使用 --lock 或 --verify，不能同时使用", "use --lock or --verify, not both"),
        "cli.evidence-locked": ("已写入 {path}：{count} 个文件", "wrote {path}: {count} file(s)"),
        "cli.evidence-verified": (
            "正常：{count} 个证据文件与 {lock} 一致",
            "ok: {count} evidence file(s) match {lock}",
        ),
        "cli.pack-verify-usage": ("用法：cc-assess pack --verify FILE.zip", "usage: cc-assess pack --verify FILE.zip"),
        "cli.pack-verified": (
            "正常：{count} 个文件与 {path} 的清单一致（cc-assess {version}，评审目录 {catalogue} {catalogue_version}）",
            "ok: {count} file(s) match the manifest of {path} (cc-assess {version}, "
            "catalogue {catalogue} {catalogue_version})",
        ),
        "cli.pack-needs-output": (
            "请给出要写入的 zip 文件：cc-assess pack FOLDER -o FILE.zip",
            "give the zip file to write: cc-assess pack FOLDER -o FILE.zip",
        ),
        "cli.pack-wrote": ("已写入 {path}：{count} 个文件，{size} 字节", "wrote {path}: {count} file(s), {size} bytes"),
        "cli.regressed": ("{count} 个条目退步：{items}", "{count} item(s) regressed: {items}"),
        "cli.migrate-needs-to": (
            "请给出要迁移到的评审目录版本：--to VERSION",
            "give the catalogue version to migrate to: --to VERSION",
        ),
        "cli.migrate-nothing": (
            "{folder} 已是评审目录 {catalogue} {version}；无需迁移",
            "{folder} is already at catalogue {catalogue} {version}; nothing to do",
        ),
        "cli.migrate-dry-run": (
            "试运行：改名 {renamed} 个，退役 {retired} 个，新增 {added} 个；未写入任何文件",
            "dry run: {renamed} renamed, {retired} retired, {added} added; nothing was written",
        ),
        "cli.migrated": (
            "已迁移：改名 {renamed} 个，退役 {retired} 个，新增 {added} 个",
            "migrated: {renamed} renamed, {retired} retired, {added} added",
        ),
        "cli.export-needs-output": (
            "export --format xlsx 需要 -o FILE（工作簿不能写到标准输出）",
            "export --format xlsx needs -o FILE (a workbook is not written to standard output)",
        ),
        "cli.export-wrote": ("已写入 {path}（{format}）", "wrote {path} ({format})"),
        "cli.import-no-changes": (
            "没有改动：回复文件已包含工作簿中的全部答案",
            "no changes: the response files already hold every answer in the workbook",
        ),
        "cli.import-dry-run": (
            "将改动 {count} 个文件（试运行：未写入任何文件）",
            "{count} file(s) would change (dry run: nothing was written)",
        ),
        "cli.import-updated": ("已更新 {count} 个文件", "updated {count} file(s)"),
        "cli.internal-error": (
            "内部错误：{error}\n这是 cc-assess 的缺陷，不是您文件的问题；请报告它"
            "（设置 CC_ASSESS_DEBUG=1 再运行一次可看到调用栈）。",
            "internal error: {error}\nThis is a bug in cc-assess, not in your files; please report it "
            "(run again with CC_ASSESS_DEBUG=1 to see the traceback).",
        ),
    }
)

# diagnostic codes: what each means (the codes themselves never change with the language)
MESSAGES.update(
    {
        "code.yaml-syntax": ("文件不是有效的 YAML", "the file is not valid YAML"),
        "code.duplicate-key": ("同一映射中某个键出现了两次", "a key appears twice in one mapping"),
        "code.not-utf8": ("文件不是 UTF-8 编码", "the file is not UTF-8"),
        "code.binary-file": ("文件含有 NUL 字节", "the file holds NUL bytes"),
        "code.empty-file": ("文件为空或只有注释", "empty or comment-only file"),
        "code.too-large": ("文件超过大小上限，或是别名炸弹", "file over the size cap, or an alias bomb"),
        "code.too-deep": ("嵌套过深", "nesting too deep"),
        "code.yaml-tag": ("使用了纯数据以外的 YAML 标签", "a tag outside plain data"),
        "code.yaml-alias": ("递归的别名", "a recursive alias"),
        "code.yaml-merge": ("合并键（<<）", "a merge key (<<)"),
        "code.yaml-key": ("键是列表或映射", "a key that is a list or a mapping"),
        "code.yaml-value": ("值无法按其显式标签读取", "a value that cannot be read as its explicit tag says"),
        "code.comment-swallowed-value": (
            "值以 # 开头，被 YAML 当作注释而丢失",
            "a value that starts with # and is lost as a comment",
        ),
        "code.unreadable": ("文件无法读取", "the file cannot be read"),
        "code.not-mapping": ("文件内容不是键的映射", "the file does not hold a mapping of keys"),
        "code.missing-key": ("缺少必填的键", "a required key is missing"),
        "code.unknown-key": ("格式中没有的键", "a key the format does not have"),
        "code.not-text": (
            "应为文本处是布尔值、数字或日期；请加引号",
            "a boolean, number or date where text is meant; quote it",
        ),
        "code.wrong-type": (
            "值的类型不对（文本、数字、列表、映射）",
            "a value of the wrong kind (text, number, list, mapping)",
        ),
        "code.invalid-value": ("值超出该字段允许的范围", "a value outside what the field allows"),
        "code.invalid-date": ("不是真实存在的 YYYY-MM-DD 日期", "not a real YYYY-MM-DD date"),
        "code.evidence-path": (
            "证据引用是绝对路径、使用了 ~ 或反斜杠，或指向评估文件夹之外",
            "an evidence ref that is absolute, uses ~ or backslashes, or leaves the folder",
        ),
        "code.evidence-missing": ("证据文件不存在", "an evidence file that does not exist"),
        "code.evidence-expired": (
            "证据的有效期早于评估日期",
            "evidence whose valid_until is before the assessment's date",
        ),
        "code.no-corrective-action": (
            "部分符合或不符合的条目没有任何整改措施",
            "a partial or nonconformant item without any corrective action",
        ),
        "code.evidence-changed": ("文件与 evidence.lock.yaml 不一致", "a file differs from evidence.lock.yaml"),
        "code.evidence-unlisted": ("文件未记录在锁定文件中", "a file that is not in the lock"),
        "code.evidence-unlocked": ("没有 evidence.lock.yaml", "no evidence.lock.yaml"),
        "code.evidence-sha256": ("文件与回复中记录的 sha256 不一致", "a file differs from the sha256 in its response"),
        "code.pack-corrupt": ("不是可读的 zip 文件", "not a readable zip file"),
        "code.pack-manifest": ("没有 manifest.json，或清单无效", "no manifest.json, or not a valid one"),
        "code.pack-changed": ("文件与清单不一致", "a file that differs from the manifest"),
        "code.pack-missing": ("清单中的文件缺失", "a file of the manifest is missing"),
        "code.pack-unlisted": ("文件未列在清单中", "a file that is not listed in the manifest"),
        "code.pack-duplicate": ("文件在资料包中出现了两次", "a file that appears twice in the pack"),
        "code.unknown-status": (
            "状态既不是评分等级的 id，也不是其标签",
            "a status that is no level id nor label of the catalogue's scale",
        ),
        "code.na-without-reason": ("不适用但没有 na_reason", "N/A without na_reason"),
        "code.unknown-item": ("评审目录中没有该条目的回复", "a response for an item the catalogue does not have"),
        "code.item-mismatch": ("item 与文件名不一致", "item differs from the file name"),
        "code.wrong-domain": ("回复放在了其他评审类别的文件夹下", "a response filed under another domain's folder"),
        "code.duplicate-response": ("同一条目有两个回复", "two responses for one item"),
        "code.misplaced-file": (
            "responses/ 下的 YAML 文件不是 responses/<类别>/<条目>.yaml",
            "a YAML file under responses/ that is not responses/<domain>/<item>.yaml",
        ),
        "code.stray-file": ("responses/ 下的其他文件（忽略）", "another file under responses/ (ignored)"),
        "code.missing-response": ("评审条目没有回复文件（计为未评估）", "a catalogue item without a response file"),
        "code.catalogue-outdated": (
            "评估使用的是内置评审目录的旧版本",
            "the assessment uses an older catalogue version",
        ),
        "code.missing-folder": ("评估文件夹不存在", "the assessment folder does not exist"),
        "code.missing-assessment": ("没有 assessment.yaml", "no assessment.yaml"),
        "code.unknown-catalogue": ("未知的评审目录 id 或版本", "unknown catalogue id or version"),
        "code.cannot-run": ("文件夹完全无法读取", "a folder that could not be read at all"),
        "code.missing-file": ("文件不存在", "a file that does not exist"),
        "code.template-error": ("模板有语法错误", "a template has a syntax error"),
        "code.reserved-level-id": ("评分等级使用了保留的 id", "a scale level uses a reserved id"),
        "code.duplicate-level": ("评分等级重复", "a scale level appears twice"),
        "code.scale-null": ("多个评分等级的分值为 null", "more than one scale level has points: null"),
        "code.ambiguous-label": ("评分等级的标签有歧义", "a scale label is ambiguous"),
        "code.scale-order": ("评分等级未按从好到差排列", "levels not ordered best to worst"),
        "code.duplicate-domain": ("评审类别 id 重复", "a domain id appears twice"),
        "code.duplicate-item": ("评审条目 id 重复", "an item id appears twice"),
        "code.item-domain": ("条目 id 与所属评审类别不符", "an item id that does not start with its domain id"),
        "code.duplicate-title": ("标题重复", "a title appears twice"),
        "code.unknown-change": ("changes: 中提到了未知的条目", "changes: names an unknown item"),
        "code.workbook-invalid": ("不是由 cc-assess export 生成的工作簿", "not a workbook made by cc-assess export"),
        "code.workbook-catalogue": (
            "工作簿是为其他评审目录或版本导出的",
            "the workbook was exported for another catalogue or catalogue version",
        ),
        "code.workbook-layout": ("工作表缺少条目列，或某行有答案但没有条目编号", "a sheet or row that cannot be read"),
        "code.workbook-item": (
            "行对应未知条目、其他工作表的条目，或同一条目的第二行",
            "a row for an unknown or repeated item",
        ),
        "code.import-conflict": (
            "某个答案在导出后同时在工作簿和回复文件中被修改",
            "an answer changed both in the workbook and in its response file since the export",
        ),
        "code.workbook-missing": ("缺少工作表、条目行或答案列；这些答案保持不变", "a sheet, row or column is missing"),
        "code.workbook-stale": (
            "导出后回复文件有改动，工作簿未涉及这些答案；文件保留这些改动",
            "response files changed since the export in answers the workbook did not touch",
        ),
    }
)

# reading YAML (yamlio, yamlnodes) and the hints for Chinese users' mistakes (yamlhints)
MESSAGES.update(
    {
        "yaml.utf16": (
            "文件是 UTF-16 编码，不是 UTF-8；请另存为 UTF-8（例如 iconv -f UTF-16 -t UTF-8 FILE > FILE.new）",
            "file is UTF-16, not UTF-8; save it as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8 FILE > FILE.new)",
        ),
        "yaml.utf16-no-bom": (
            "文件看起来是没有字节顺序标记的 UTF-16，不是 UTF-8；请另存为 UTF-8"
            "（例如 iconv -f UTF-16LE -t UTF-8 FILE > FILE.new）",
            "file looks like UTF-16 without a byte-order mark, not UTF-8; save it as UTF-8 "
            "(e.g. iconv -f UTF-16LE -t UTF-8 FILE > FILE.new)",
        ),
        "yaml.likely-gbk": (
            "看起来是 GBK/GB18030 编码（中文 Windows 工具保存的文件常见）",
            "it looks like GBK/GB18030 (common for files saved by Chinese Windows tools)",
        ),
        "yaml.maybe-gbk": ("可能是 GBK/GB18030 或其他旧编码", "it may be GBK/GB18030 or another legacy encoding"),
        "yaml.not-utf8": (
            "文件不是 UTF-8 编码（字节 {byte} 无法解码）；{likely}；请转换：iconv -f GB18030 -t UTF-8 FILE > "
            "FILE.utf8 && mv FILE.utf8 FILE（或在编辑器中另存为 UTF-8）",
            "file is not UTF-8 (byte {byte} cannot be decoded); {likely}; convert it with: iconv -f GB18030 -t UTF-8 "
            "FILE > FILE.utf8 && mv FILE.utf8 FILE (or save it as UTF-8 in your editor)",
        ),
        "yaml.binary": ("文件含有 NUL 字节；它不是文本文件", "file holds NUL bytes; it is not a text file"),
        "yaml.is-folder": ("这是文件夹，不是文件", "is a folder, not a file"),
        "yaml.unreadable": ("无法读取文件：{reason}", "cannot read file: {reason}"),
        "yaml.too-large": (
            "文件大于 {kib} KiB；太大，无法读取",
            "file is larger than {kib} KiB; this is too large to be read",
        ),
        "yaml.syntax": ("YAML 语法错误：{message}", "YAML syntax error: {message}"),
        "yaml.invalid": ("无效的 YAML", "invalid YAML"),
        "yaml.bad-character": (
            "YAML 语法错误：不允许使用字符 {character}",
            "YAML syntax error: character {character} is not allowed",
        ),
        "yaml.too-deep": ("YAML 嵌套过深", "YAML is nested too deeply"),
        "yaml.empty": ("文件为空或只有注释", "file is empty or holds only comments"),
        "yaml.tag": (
            "不允许使用 YAML 标签 {tag}；只读取纯数据",
            "YAML tag {tag} is not allowed; only plain data is read",
        ),
        "yaml.tag-on-key": (
            "键上不允许使用 YAML 标签 {tag}；只读取纯数据",
            "YAML tag {tag} is not allowed on a key; only plain data is read",
        ),
        "yaml.too-many-nodes": (
            "文件展开后超过 {count} 个节点（别名炸弹？）；拒绝读取",
            "file expands to more than {count} nodes (an alias bomb?); refusing it",
        ),
        "yaml.too-deep-levels": ("YAML 嵌套超过 {count} 层", "YAML is nested more than {count} levels deep"),
        "yaml.recursive-alias": (
            "别名指向包含它自身的节点（递归别名）",
            "an alias refers to a node that contains it (recursive alias)",
        ),
        "yaml.key-not-text": ("键必须是纯文本，不能是列表或映射", "a key must be plain text, not a list or a mapping"),
        "yaml.merge": ("不支持合并键（<<）；请把键逐一写出", "merge keys (<<) are not supported; write the keys out"),
        "yaml.duplicate-key": (
            "键 {key} 重复（第一次出现在第 {line} 行）",
            "duplicate key {key} (first defined at line {line})",
        ),
        "yaml.bad-value": ("无法把 {value} 读作 {kind}", "cannot read {value} as {kind}"),
        "yaml.phrase.mapping-values": ("此处不允许出现映射值", "mapping values are not allowed here"),
        "yaml.phrase.expected-colon": ("找不到应有的“:”", "could not find expected ':'"),
        "yaml.phrase.scanning-simple-key": ("扫描简单键时", "while scanning a simple key"),
        "yaml.phrase.scanning-token": ("查找下一个记号时", "while scanning for the next token"),
        "yaml.phrase.tab-token": ("发现不能作为记号开头的制表符", "found character '\\t' that cannot start any token"),
        "yaml.phrase.expected-key": ("找不到应有的键", "did not find expected key"),
        "yaml.phrase.block-mapping": ("解析块映射时", "while parsing a block mapping"),
        "yaml.phrase.block-collection": ("解析块序列时", "while parsing a block collection"),
        "yaml.phrase.expected-dash": ("找不到应有的“-”", "did not find expected '-' indicator"),
        "yaml.phrase.end-of-stream": ("文件意外结束", "found unexpected end of stream"),
        "yaml.phrase.quoted-scalar": ("扫描带引号的文本时", "while scanning a quoted scalar"),
        "yaml.phrase.undefined-alias": ("发现未定义的别名", "found undefined alias"),
        "hint.tab": (
            "YAML 语法错误：缩进中有制表符（Tab）；YAML 只能用空格缩进，请把制表符换成空格",
            "YAML syntax error: a tab in the indentation; YAML indents with spaces only, replace tabs with spaces",
        ),
        "hint.fullwidth-colon": (
            "YAML 语法错误：这里用了全角冒号“：”；键和值之间要用半角冒号加空格，请改为：{fixed}",
            "YAML syntax error: a full-width colon '：' here; YAML needs an ASCII colon and a space between key "
            "and value, write: {fixed}",
        ),
        "hint.fullwidth-space": (
            "YAML 语法错误：这里用了全角空格；YAML 只认半角空格，请改为：{fixed}",
            "YAML syntax error: a full-width space here; YAML needs ASCII spaces, write: {fixed}",
        ),
        "hint.colon-in-value": (
            "YAML 语法错误：{key} 的值中含有“: ”（冒号加空格），YAML 会把它当成新的键；"
            '请给整个值加引号：{key}: "{value}"，或用 | 写成多行文本',
            "YAML syntax error: the value of {key} holds ': ' (a colon and a space), which YAML reads as a new key; "
            'quote the whole value: {key}: "{value}", or write it as a block after |',
        ),
        "hint.comment-swallowed": (
            '“#”之后的文字被 YAML 当作注释，{key} 的值为空；如果这是内容，请加引号：{key}: "{value}"',
            "the text after '#' is a comment to YAML, so {key} is empty; if it is the value, quote it: "
            '{key}: "{value}"',
        ),
    }
)

# validation of files against the models (validation.py)
MESSAGES.update(
    {
        "validation.kind-bool": ("布尔值", "a boolean"),
        "validation.kind-int": ("数字", "a number"),
        "validation.kind-float": ("数字", "a number"),
        "validation.kind-timestamp": ("日期", "a date"),
        "validation.a-mapping": ("映射", "a mapping"),
        "validation.a-list": ("列表", "a list"),
        "validation.empty": ("空值", "empty"),
        "validation.missing-key": ("缺少必填的键 '{key}'", "missing required key '{key}'"),
        "validation.unknown-key": ("未知的键 '{key}'", "unknown key '{key}'"),
        "validation.unknown-key-hint": (
            "未知的键 '{key}'（您是不是想写 '{meant}'？）",
            "unknown key '{key}' (did you mean '{meant}'?)",
        ),
        "validation.not-text": (
            "'{text}' 被 YAML 读作{kind}，而不是文本；请加引号：\"{text}\"",
            "'{text}' is read by YAML as {kind}, not text; quote it: \"{text}\"",
        ),
        "validation.expected-text": ("应为文本，实际是 {got}", "expected text, got {got}"),
        "validation.not-mapping": (
            "文件内容必须是键的映射，而不是 {got}",
            "the file must hold a mapping of keys, not {got}",
        ),
        "validation.expected-mapping": ("应为键的映射，实际是 {got}", "expected a mapping of keys, got {got}"),
        "validation.expected-list": ("应为列表，实际是 {got}", "expected a list, got {got}"),
        "validation.not-one-of": ("'{value}' 不是以下之一：{expected}", "'{value}' is not one of: {expected}"),
        "validation.or": (" 或 ", " or "),
        "validation.expected-bool": ("应为 true 或 false，实际是 {got}", "expected true or false, got {got}"),
        "validation.expected-number": ("应为数字，实际是 {got}", "expected a number, got {got}"),
        "validation.pattern": ("'{value}' 不符合格式 {pattern}", "'{value}' does not match the pattern {pattern}"),
    }
)

# loading an assessment folder (assessment.py)
MESSAGES.update(
    {
        "assessment.not-a-folder": ("不是文件夹", "is not a folder"),
        "assessment.no-such-folder": ("文件夹不存在", "no such folder"),
        "assessment.folder-problem": ("评估文件夹：{problem}", "assessment folder: {problem}"),
        "assessment.no-assessment-file": (
            "此文件夹中没有 {file}（可用 'cc-assess init' 创建）",
            "no {file} in this folder (create one with 'cc-assess init')",
        ),
        "assessment.rename-yml": (
            "此文件夹中没有 {file}，但有 assessment.yml；请把它改名为 {file}",
            "no {file} in this folder, but there is assessment.yml; rename it to {file}",
        ),
        "assessment.invalid": ("{path} 无效", "{path} is invalid"),
        "assessment.outdated": (
            "评审目录 {catalogue} {version} 不是当前版本 {current}；运行 '{command}' 把回复迁移到当前版本",
            "catalogue {catalogue} {version} is not the current version {current}; run '{command}' to move the "
            "responses to it",
        ),
        "assessment.stray-file": (
            "不是回复文件（只读取 responses/<类别>/<条目>.yaml）；已忽略",
            "not a response file (only responses/<domain>/<item>.yaml are read); ignored",
        ),
        "assessment.misplaced-file": (
            "回复文件必须是 responses/<类别>/<条目>.yaml，并以评审条目命名",
            "response files must be responses/<domain>/<item>.yaml, named after a catalogue item",
        ),
        "assessment.rename-yml-response": (
            "回复文件的扩展名是 .yaml，不是 .yml；请改名为 {name}",
            "response files end in .yaml, not .yml; rename it to {name}",
        ),
        "assessment.missing-response": (
            "{item} 没有回复文件；计为未评估",
            "no response file for {item}; it counts as not assessed",
        ),
        "assessment.unknown-item": (
            "条目 '{item}' 不在评审目录 {catalogue} {version} 中",
            "item '{item}' is not in catalogue {catalogue} {version}",
        ),
        "assessment.item-mismatch": (
            "条目 '{item}' 与文件名 '{name}' 不一致",
            "item '{item}' differs from the file name '{name}'",
        ),
        "assessment.wrong-domain": (
            "条目 '{item}' 应放在 responses/{domain}/ 下，而不是 responses/{folder}/",
            "item '{item}' belongs in responses/{domain}/, not responses/{folder}/",
        ),
        "assessment.unknown-status": (
            "'{status}' 不是此评审目录的状态（请使用以下之一：{choices}，或它们的中文/英文标签）",
            "'{status}' is not a status of this catalogue (use one of: {choices}, or their zh/en labels)",
        ),
        "assessment.na-without-reason": (
            "状态为不适用，但缺少 na_reason；请说明该条目为何不适用",
            "status is N/A but na_reason is missing; say why the item does not apply",
        ),
        "assessment.no-corrective-action": (
            "{item} 的状态是 {level}，但没有整改措施；请在 'actions:' 下添加",
            "{item} is {level} but has no corrective action; add one under 'actions:'",
        ),
        "assessment.evidence-expired": (
            "证据 '{ref}' 已于 {date} 过期，早于评估日期 {assessed}",
            "evidence '{ref}' expired on {date}, before the assessment date {assessed}",
        ),
        "assessment.duplicate-response": (
            "{item} 的第二个回复（第一个是 {first}）",
            "a second response for {item} (the first is {first})",
        ),
        "assessment.evidence-loop": (
            "证据引用 '{ref}' 无法解析（链接循环？）",
            "evidence ref '{ref}' cannot be resolved (a link loop?)",
        ),
        "assessment.evidence-leaves": (
            "证据引用 '{ref}' 解析链接后指向评估文件夹之外",
            "evidence ref '{ref}' leaves the assessment folder after resolving links",
        ),
        "assessment.evidence-missing": ("证据文件 '{ref}' 不存在", "evidence file '{ref}' does not exist"),
        "assessment.evidence-other-case": (
            "证据文件 '{ref}' 不存在；您是不是想写 '{other}'？（大小写不同：在 Linux、CI 和资料包中大小写是有区别的）",
            "evidence file '{ref}' does not exist; did you mean '{other}'? (letter case differs: it matters on "
            "Linux, in CI and in the pack)",
        ),
        "assessment.has-errors": (
            "{folder}：评估有错误；请运行 'cc-assess validate'",
            "{folder}: the assessment has errors; run 'cc-assess validate'",
        ),
    }
)

# catalogues (catalogue/)
MESSAGES.update(
    {
        "catalogue.file-invalid": ("评审目录文件 '{name}' 无效", "catalogue file '{name}' is invalid"),
        "catalogue.bundled-invalid": ("内置评审目录 {path} 无效", "bundled catalogue {path} is invalid"),
        "catalogue.reserved-level": (
            "评分等级 id '{id}' 是保留字（用作计数键）",
            "level id '{id}' is reserved (used as a count key)",
        ),
        "catalogue.duplicate-level": ("评分等级 id '{id}' 重复", "duplicate level id '{id}'"),
        "catalogue.scale-null": (
            "最多只能有一个评分等级的分值为 null（不适用）",
            "at most one level may have points: null (N/A)",
        ),
        "catalogue.scale-no-points": (
            "评分等级中至少要有一个带分值的等级",
            "the scale needs at least one level with points",
        ),
        "catalogue.scale-order": (
            "评分等级应按从好到差排列（分值从高到低）",
            "scale levels should be ordered from best to worst (points descending)",
        ),
        "catalogue.duplicate-domain": ("评审类别 id '{id}' 重复", "duplicate domain id '{id}'"),
        "catalogue.item-domain": (
            "条目 '{item}' 属于评审类别 '{domain}'；它的 id 必须以 '{domain}-' 开头",
            "item '{item}' is in domain '{domain}'; its id must start with '{domain}-'",
        ),
        "catalogue.duplicate-item": (
            "条目 id '{item}' 重复（另一个在评审类别 {domain} 中）",
            "duplicate item id '{item}' (also in domain {domain})",
        ),
        "catalogue.label-twice": (
            "评分等级 '{level}' 的 {lang} 标签 '{label}' 也是评分等级 '{other}' 的标签",
            "{lang} label '{label}' of level '{level}' is also the label of level '{other}'",
        ),
        "catalogue.label-is-id": (
            "评分等级 '{level}' 的 {lang} 标签 '{label}' 是评分等级 '{other}' 的 id",
            "{lang} label '{label}' of level '{level}' is the id of level '{other}'",
        ),
        "catalogue.zh-is-en": (
            "评分等级 '{level}' 的中文标签 '{label}' 也是评分等级 '{other}' 的英文标签",
            "zh label '{label}' of level '{level}' is also the en label of level '{other}'",
        ),
        "catalogue.duplicate-title": (
            "条目 '{item}' 与另一个条目标题相同",
            "item '{item}' has the same title as another item",
        ),
        "catalogue.unknown-rename": (
            "'{old}' 改名为 '{new}'，但 '{new}' 不是此评审目录的条目",
            "'{old}' is renamed to '{new}', which is not an item of this catalogue",
        ),
        "catalogue.unknown": ("未知的评审目录 '{id}'（内置：{known}）", "unknown catalogue '{id}' (bundled: {known})"),
        "catalogue.unknown-or-path": (
            "未知的评审目录 '{id}'（内置：{known}；也可以给出评审目录文件的路径）",
            "unknown catalogue '{id}' (bundled: {known}; or give a path to a catalogue file)",
        ),
        "catalogue.no-version": (
            "评审目录 '{id}' 没有版本 {version}（可用：{known}）",
            "catalogue '{id}' has no version {version} (available: {known})",
        ),
        "catalogue.file-missing": ("评审目录文件 '{name}' 不存在", "catalogue file '{name}' does not exist"),
        "catalogue.file-version-assessment": (
            "评审目录文件 '{name}' 的版本是 {version}，但评估是按 {wanted} 编写的；请运行 'cc-assess migrate' 或修改 "
            "catalogue_version",
            "catalogue file '{name}' is version {version}, but the assessment was written against {wanted}; run "
            "'cc-assess migrate' or set catalogue_version",
        ),
        "catalogue.file-version": (
            "评审目录文件 '{name}' 的版本是 {version}，不是 {wanted}",
            "catalogue file '{name}' is version {version}, not {wanted}",
        ),
    }
)

# evidence (evidence/) and evidence refs (models.py)
MESSAGES.update(
    {
        "evidence.cannot-resolve": ("无法解析 {path}（链接循环？）", "cannot resolve {path} (a link loop?)"),
        "evidence.cannot-read": ("无法读取 {path}：{reason}", "cannot read {path}: {reason}"),
        "evidence.link-leaves": (
            "'{ref}' 是指向评估文件夹之外的链接；证据必须在评估文件夹内",
            "'{ref}' is a link that leaves the assessment folder; evidence must stay inside it",
        ),
        "evidence.dangling-link": ("'{ref}' 是指向不存在文件的链接", "'{ref}' is a link to nothing"),
        "evidence.table-title": ("证据", "evidence"),
        "evidence.col-item": ("条目", "item"),
        "evidence.col-ref": ("引用", "ref"),
        "evidence.col-note": ("说明", "note"),
        "evidence.col-exists": ("存在", "exists"),
        "evidence.col-size": ("大小", "size"),
        "evidence.col-sha256": ("sha256", "sha256"),
        "evidence.missing-mark": ("✗ 缺失", "✗ missing"),
        "evidence.summary": ("共 {count} 条引用，缺失 {missing} 条", "{count} reference(s), {missing} missing"),
        "evidence.sha256-differs": (
            "'{ref}' 的 sha256 是 {actual}，不是此处记录的 {written}",
            "'{ref}' has sha256 {actual}, not the {written} written here",
        ),
        "evidence.lock-refused": (
            "{folder}：未写入任何文件；请先修正上面的证据问题，再重新锁定",
            "{folder}: nothing written; fix the evidence problems above, then lock again",
        ),
        "evidence.no-lock": (
            "没有 {lock}；请用 'cc-assess evidence {folder} --lock' 记录证据",
            "no {lock}; record the evidence with 'cc-assess evidence {folder} --lock'",
        ),
        "evidence.not-inside": ("不是评估文件夹内的路径", "is not a path inside the assessment folder"),
        "evidence.locked-path": ("锁定的路径 '{ref}' {why}", "locked path '{ref}' {why}"),
        "evidence.locked-missing": ("'{ref}' 在锁定文件中，但文件缺失", "'{ref}' is in the lock but missing"),
        "evidence.changed": (
            "'{ref}' 在锁定后已被改动（sha256 {sha256}，大小 {size}；锁定时 {locked}，大小 {locked_size}）",
            "'{ref}' has changed since it was locked (sha256 {sha256}, size {size}; locked {locked}, size "
            "{locked_size})",
        ),
        "evidence.unlisted": (
            "'{ref}' 不在 {lock} 中；请用 'cc-assess evidence --lock' 记录它",
            "'{ref}' is not in {lock}; record it with 'cc-assess evidence --lock'",
        ),
        "evidence.does-not-verify": (
            "{folder}：证据核验未通过（{count} 个问题）",
            "{folder}: evidence does not verify ({count} problem(s))",
        ),
        "models.not-text": ("应为文本，实际是 {kind}", "expected text, got {kind}"),
        "models.invalid-date": ("'{value}' 不是日期（YYYY-MM-DD）", "'{value}' is not a date (YYYY-MM-DD)"),
        "models.empty-text": ("请给出中文、英文或两者的文本", "give the text in zh, en or both"),
        "models.period-order": ("评估期间的结束日期早于开始日期", "period ends before it starts"),
        "models.bad-ref": ("证据引用 '{ref}' {problem}", "evidence ref '{ref}' {problem}"),
        "ref.bad-url": ("不是有效的 http(s) 网址", "is not a valid http(s) URL"),
        "ref.not-url-nor-path": (
            "既不是 http(s) 网址，也不是相对路径",
            "is neither an http(s) URL nor a relative path",
        ),
        "ref.empty": ("为空", "is empty"),
        "ref.control": ("含有控制字符", "contains a control character"),
        "ref.too-long": ("作为文件路径太长", "is too long for a file path"),
        "ref.backslash": (
            "使用了反斜杠；请用正斜杠写相对的 POSIX 路径",
            "uses backslashes; write a relative POSIX path with forward slashes",
        ),
        "ref.absolute": (
            "是绝对路径；请写相对于评估文件夹的路径",
            "is an absolute path; write a path relative to the assessment folder",
        ),
        "ref.tilde": (
            "以 ~ 开头；请写相对于评估文件夹的路径",
            "starts with ~; write a path relative to the assessment folder",
        ),
        "ref.leaves": ("指向评估文件夹之外", "leaves the assessment folder"),
        "validation.greater_than": ("应大于 {limit}", "Input should be greater than {limit}"),
        "validation.greater_than_equal": ("应大于或等于 {limit}", "Input should be greater than or equal to {limit}"),
        "validation.less_than": ("应小于 {limit}", "Input should be less than {limit}"),
        "validation.less_than_equal": ("应小于或等于 {limit}", "Input should be less than or equal to {limit}"),
    }
)

# pack, git, dates, writing files, init, history, diff, score thresholds
MESSAGES.update(
    {
        "pack.evidence-problems": (
            "{folder}：证据有问题；未打包任何内容",
            "{folder}: the evidence has problems; nothing was packed",
        ),
        "pack.contains-itself": (
            "{path}：资料包会包含它自身；请写到 evidence/ 和 responses/ 之外",
            "{path}: the pack would contain itself; write it outside evidence/ and responses/",
        ),
        "pack.not-a-pack": ("{path}：不是 cc-assess 资料包", "{path}: not a cc-assess pack"),
        "pack.no-manifest": ("zip 中没有 {manifest}", "no {manifest} in the zip"),
        "pack.manifest-too-large": ("{manifest} 太大", "{manifest} is too large"),
        "pack.manifest-invalid": (
            "{manifest} 不是有效的清单（{detail}）",
            "{manifest} is not a valid manifest ({detail})",
        ),
        "pack.is-folder": ("这是文件夹，不是 zip 文件", "is a folder, not a zip file"),
        "pack.duplicate": ("{name}：在 zip 中出现了不止一次", "{name}: appears more than once in the zip"),
        "pack.missing": ("{name}：列在清单中，但缺失", "{name}: listed in the manifest but missing"),
        "pack.changed": (
            "{name}：sha256 {sha256}（大小 {size}）与清单中的 {listed}（大小 {listed_size}）不一致",
            "{name}: sha256 {sha256} (size {size}) differs from the manifest's {listed} (size {listed_size})",
        ),
        "pack.unlisted": ("{name}：在 zip 中，但不在清单中", "{name}: in the zip but not in the manifest"),
        "pack.not-a-zip": ("{path}：不是可读的 zip 文件", "{path}: not a readable zip file"),
        "pack.not-a-zip-because": ("不是可读的 zip 文件（{reason}）", "not a readable zip file ({reason})"),
        "pack.cannot-read": ("{path}：无法读取：{reason}", "{path}: cannot read: {reason}"),
        "pack.does-not-match": (
            "{path}：资料包与其清单不一致（{count} 个问题）",
            "{path}: the pack does not match its manifest ({count} problem(s))",
        ),
        "git.not-installed": (
            "没有安装 git（或不在 PATH 中）；读取版本需要 git",
            "git is not installed (or not on PATH); it is needed to read revisions",
        ),
        "git.cannot-run": ("无法运行 git：{reason}", "cannot run git: {reason}"),
        "git.failed": ("git {command} 失败", "git {command} failed"),
        "git.not-a-revision": ("'{rev}' 不是版本", "'{rev}' is not a revision"),
        "git.outside-repo": ("路径 '{path}' 在仓库之外", "path '{path}' is outside the repository"),
        "git.not-inside": (
            "{folder}：不在位于 {root} 的 git 仓库中",
            "{folder}: not inside the git repository at {root}",
        ),
        "git.cannot-read-object": ("git 无法读取对象 {oid}", "git cannot read object {oid}"),
        "git.not-a-folder": ("'{rev}:{path}' 是 {kind}，不是文件夹", "'{rev}:{path}' is a {kind}, not a folder"),
        "git.outside-temp": (
            "'{rev}:{name}' 会被写到临时文件夹之外",
            "'{rev}:{name}' would be written outside the temporary folder",
        ),
        "git.no-folder-no-rev": ("文件夹不存在，也不是 git REV:PATH", "no such folder, and not a git REV:PATH"),
        "git.read-as-rev": (
            "{arg}：文件夹不存在，因此按 git REV:PATH 读取，但：{reason}",
            "{arg}: no such folder, so it is read as git REV:PATH, but: {reason}",
        ),
        "clock.not-a-date": (
            "{option}：'{value}' 不是日期（YYYY-MM-DD）",
            "{option}: '{value}' is not a date (YYYY-MM-DD)",
        ),
        "outfile.no-folder": (
            "无法写入 {name}：文件夹 {folder} 不存在",
            "cannot write {name}: folder {folder} does not exist",
        ),
        "outfile.is-folder": ("无法写入 {name}：它是文件夹", "cannot write {name}: it is a folder"),
        "outfile.cannot-write": ("无法写入 {name}：{reason}", "cannot write {name}: {reason}"),
        "workspace.from-other-catalogue": (
            "--from {folder}：它使用的评审目录是 '{old}'，不是 '{new}'",
            "--from {folder}: it uses catalogue '{old}', not '{new}'",
        ),
        "workspace.exists": (
            "{count} 个文件已存在；未写入任何文件（使用 --force 覆盖）：\n{listing}",
            "{count} file(s) already exist; nothing was written (use --force to overwrite):\n{listing}",
        ),
        "workspace.cannot-write": ("无法写入 {folder}：{reason}", "cannot write into {folder}: {reason}"),
        "history.no-tag": ("没有与 '{pattern}' 匹配的标签", "no tag matches '{pattern}'"),
        "history.no-revision": (
            "请至少给出一个版本：--rev REV（可重复）或 --tags PATTERN",
            "give at least one revision: --rev REV (repeatable) or --tags PATTERN",
        ),
        "diff.other-catalogue": (
            "无法比较不同评审目录的评估：'{old}' 和 '{new}'",
            "cannot compare assessments of different catalogues: '{old}' and '{new}'",
        ),
        "scoring.below": ("总体得分 {score} 低于 {minimum}", "overall score {score} is below {minimum}"),
        "scoring.key-failures": ("关键项未通过：{items}", "key-item failures: {items}"),
        "scoring.not-assessed": ("{count} 个条目未评估", "{count} item(s) not assessed"),
    }
)

# reading workbooks and CSV files (spreadsheet.py)
MESSAGES.update(
    {
        "sheet.workbook": ("工作簿", "workbook"),
        "sheet.csv": ("CSV 文件", "CSV file"),
        "sheet.cannot-read": ("无法读取{what}：{reason}", "cannot read the {what}: {reason}"),
        "sheet.is-folder": ("这是文件夹，不是{what}", "is a folder, not a {what}"),
        "sheet.too-large": ("{what}大于 {mib} MiB；拒绝读取", "{what} is larger than {mib} MiB; refusing it"),
        "sheet.not-xlsx": (
            "不是 .xlsx 工作簿（不是 zip 压缩包）；import 读取由 'cc-assess export' 生成的工作簿",
            "not an .xlsx workbook (not a zip archive); import reads workbooks made by 'cc-assess export'",
        ),
        "sheet.zip-bomb": (
            "工作簿展开后数据过多（zip 炸弹？）；拒绝读取",
            "workbook expands to too much data (a zip bomb?); refusing it",
        ),
        "sheet.unreadable-workbook": ("无法读取工作簿（{reason}）", "cannot read the workbook ({reason})"),
        "sheet.not-text": (
            "不是 UTF-8 或 GB18030/GBK 文本；请把文件另存为“CSV UTF-8”（或重新导出）后再导入",
            "not UTF-8 nor GB18030/GBK text; save the file as 'CSV UTF-8' (or export it again) and import that",
        ),
        "sheet.binary-csv": (
            "不是 CSV 文件（含有二进制数据）；import 读取由 'cc-assess export' 生成的文件",
            "not a CSV file (it holds binary data); import reads files made by 'cc-assess export'",
        ),
        "sheet.too-many-rows": ("超过 {count} 行；拒绝读取", "more than {count} rows; refusing it"),
        "sheet.unreadable-csv": ("不是可读的 CSV 文件（{reason}）", "not a readable CSV file ({reason})"),
    }
)

# statuses of corrective actions: one term per status everywhere (files accept the id or either label)
MESSAGES.update(
    {
        "action-status.open": ("待处理", "open"),
        "action-status.in-progress": ("进行中", "in progress"),
        "action-status.done": ("已完成", "done"),
    }
)

# cells of a workbook or CSV file (cells.py)
MESSAGES.update(
    {
        "cells.line": ("第 {line} 行：", "line {line}: "),
        "cells.evidence-needs-ref": (
            "证据行要先写引用：'引用 | 说明'",
            "an evidence line needs a ref first: 'ref | note'",
        ),
        "cells.bad-sha256": (
            "sha256 '{sha256}' 不是 64 位十六进制数字",
            "sha256 '{sha256}' is not 64 hexadecimal digits",
        ),
        "cells.action-status": (
            "整改措施状态 '{status}' 不是以下之一：{choices}（或其标签：待处理、进行中、已完成）",
            "action status '{status}' is not one of: {choices}",
        ),
        "cells.action-needs-id": (
            "整改措施需要编号和描述：'编号 | 描述 | 责任人 | 完成期限 | 状态'",
            "an action needs an id and a description: 'id | description | owner | due | status'",
        ),
        "cells.unknown-status": (
            "'{status}' 不是此评审目录的状态（请选择以下之一：{labels}；或 {ids}）",
            "'{status}' is not a status of this catalogue (choose one of: {labels}; or {ids})",
        ),
        "cells.action-twice": ("整改措施编号 '{id}' 出现了两次", "action id '{id}' appears twice"),
    }
)

# the corrective-action plan (actions.py); report words are under report.*
MESSAGES.update(
    {
        "actions.item": ("条目", "Item"),
        "actions.id": ("编号", "ID"),
        "actions.description": ("整改措施", "Corrective action"),
        "actions.owner": ("责任人", "Owner"),
        "actions.due": ("完成期限", "Due"),
        "actions.status": ("状态", "Status"),
        "actions.unassigned": ("(未指定责任人)", "(no owner)"),
        "actions.overdue": ("逾期", "OVERDUE"),
        "actions.none": ("没有整改措施。", "No corrective actions."),
        "actions.title": ("整改计划", "Corrective-action plan"),
        "actions.summary": (
            "共 {total} 项：待处理 {open}，进行中 {in_progress}，已完成 {done}，逾期 {overdue}（截至 {today}）",
            "{total} action(s): {open} open, {in_progress} in progress, {done} done, {overdue} overdue (as of {today})",
        ),
    }
)

# diff (diff_formats.py)
MESSAGES.update(
    {
        "diff.title": ("评估对比", "Assessment diff"),
        "diff.overall": ("总体", "Overall"),
        "diff.catalogue": ("评审目录", "Catalogue"),
        "diff.domain": ("评审类别", "Domain"),
        "diff.delta": ("变化", "Δ"),
        "diff.movers": ("主要影响条目", "Moved most by"),
        "diff.item": ("条目", "Item"),
        "diff.no-changes": ("没有条目的状态发生变化。", "No item changed status."),
        "diff.remapped": ("跨目录版本映射的条目编号", "Item ids remapped across catalogue versions"),
        "diff.actions": ("整改措施", "Corrective actions"),
        "diff.opened": ("新开", "opened"),
        "diff.closed": ("关闭", "closed"),
        "diff.action": ("整改措施", "Action"),
        "diff.owner": ("责任人", "Owner"),
        "diff.due": ("完成期限", "Due"),
        "diff.status": ("状态", "Status"),
        "diff.regressed": ("退步", "Regressed"),
        "diff.improved": ("改进", "Improved"),
        "diff.changed": ("变化(分值相同)", "Changed (same points)"),
        "diff.added": ("新增", "Added"),
        "diff.removed": ("移除", "Removed"),
        "diff.not-assessed": ("未评估", "not assessed"),
        "diff.renamed-in": ("改名于", "renamed in"),
    }
)

# history (history_formats.py)
MESSAGES.update(
    {
        "history.title": ("得分趋势", "Score history"),
        "history.domain": ("评审类别", "Domain"),
        "history.overall": ("总体", "Overall"),
        "history.change": ("变化", "Change"),
    }
)

# score formats (formats.py): one term per concept, as in the report
MESSAGES.update(
    {
        "score.score": ("得分", "Score"),
        "score.target": ("目标", "target"),
        "score.catalogue": ("评审目录", "Catalogue"),
        "score.ready-verdict": ("认证就绪（工具判定）", "Ready for certification (tool verdict)"),
        "score.yes": ("是", "yes"),
        "score.no": ("否", "no"),
        "score.key-failures": ("关键项未通过", "Key-item failures"),
        "score.domain": ("评审类别", "Domain"),
        "score.rate": ("得分率", "Score"),
        "score.achieved": ("得分", "Achieved"),
        "score.possible": ("满分", "Possible"),
        "score.overall": ("总体", "Overall"),
        "score.gaps": ("差距排序", "Ranked gaps"),
        "score.item": ("条目", "Item"),
        "score.status": ("状态", "Status"),
        "score.weight": ("权重", "Weight"),
        "score.gap": ("差距", "Gap"),
        "score.not-assessed": ("未评估", "not assessed"),
        "score.not-assessed-column": ("未评估", "Not assessed"),
        "score.readiness": (
            "认证就绪（工具判定，非认证结论）",
            "Readiness (tool verdict, not a certification decision)",
        ),
        "score.ready": ("就绪", "ready"),
        "score.not-ready": ("未就绪", "not ready"),
        "score.top-gaps": ("主要差距", "Top gaps"),
    }
)

# client pages of diff and history (render/pages.py)
MESSAGES.update(
    {
        "pages.generated-by": ("由 cc-assess {version} 生成", "Generated by cc-assess {version}"),
        "pages.domains": ("各评审类别", "Domains"),
        "pages.revisions": ("版本", "Revisions"),
    }
)

# the workbook's own words (exchange.py); with --lang bi both are shown
MESSAGES.update(
    {
        "workbook.organization": ("组织", "Organisation"),
        "workbook.site": ("现场", "Site"),
        "workbook.overall-score": ("总体得分", "Overall score"),
        "workbook.achieved-possible": ("得分 / 满分", "Achieved / possible"),
        "workbook.target": ("目标", "Target"),
        "workbook.ready": ("认证就绪（工具判定，非认证结论）", "Ready (tool verdict, not a certification decision)"),
        "workbook.yes": ("是", "yes"),
        "workbook.no": ("否", "no"),
        "workbook.key-failures": ("关键项未通过", "Key-item failures"),
        "workbook.domain": ("评审类别", "Domain"),
        "workbook.title": ("名称", "Title"),
        "workbook.score": ("得分率", "Score"),
        "workbook.achieved": ("得分", "Achieved"),
        "workbook.possible": ("满分", "Possible"),
        "workbook.items": ("条目数", "Items"),
        "workbook.not-assessed": ("未评估", "Not assessed"),
        "workbook.overall": ("总体", "Overall"),
        "workbook.how-to": ("填写说明", "How to fill in"),
        "workbook.summary": ("汇总", "Summary"),
    }
)

# how to fill in the workbook (exchange.py)
MESSAGES.update(
    {
        "workbook.fill-sheets": (
            "每个评审类别一张工作表;只填写白色的单元格,灰色为评审目录内容(已锁定)。",
            "One sheet per domain: fill in the white cells only; grey cells are catalogue texts (locked).",
        ),
        "workbook.fill-status": (
            "状态:从下拉列表选择;留空 = 未评估。选择“不适用”时须填写不适用理由。",
            "Status: pick from the drop-down; empty = not assessed. N/A needs an N/A reason.",
        ),
        "workbook.fill-evidence": (
            "证据:每行一条,格式 “路径或网址 | 说明”。",
            "Evidence: one per line, 'path or URL | note'.",
        ),
        "workbook.fill-actions": (
            "整改措施:每行一条,格式 “编号 | 描述 | 责任人 | 完成期限(YYYY-MM-DD) | 状态”;"
            "状态为 open/in-progress/done 或 待处理/进行中/已完成。",
            "Actions: one per line, 'id | description | owner | due (YYYY-MM-DD) | open/in-progress/done'.",
        ),
        "workbook.fill-pipes": (
            "证据和整改措施的某一部分中如含 | ,写作 \\|(反斜杠写作 \\\\)。",
            "In evidence and actions, write a | inside a part as \\| (and a backslash as \\\\).",
        ),
        "workbook.fill-key": (
            "黄色条目为关键项。得分为导出时的结果;导入后请运行 cc-assess score。",
            "Yellow item ids are key items. Scores are as exported; run cc-assess score after import.",
        ),
        "workbook.fill-return": (
            "填好后交回,由顾问运行 cc-assess import 导入。",
            "Send the workbook back; it is read in with cc-assess import.",
        ),
    }
)

# the reports' own words (render/): report.<key>; reports choose their language with --lang / language:
MESSAGES.update(
    {
        "report.report_title": ("服务质量评估报告", "Service quality assessment report"),
        "report.rectification_title": ("整改报告", "Rectification report"),
        "report.organization": ("受评组织", "Organisation"),
        "report.site": ("场所", "Site"),
        "report.kind": ("评估类型", "Kind of assessment"),
        "report.period": ("评估期间", "Period"),
        "report.scope": ("评估范围", "Scope"),
        "report.assessors": ("评估人员", "Assessors"),
        "report.catalogue": ("评审目录", "Catalogue"),
        "report.standard": ("依据标准", "Standard"),
        "report.report_date": ("报告日期", "Report date"),
        "report.target": ("目标得分", "Target score"),
        "report.kind_self-assessment": ("自评估", "Self-assessment"),
        "report.kind_initial-audit": ("初次审核", "Initial audit"),
        "report.kind_surveillance": ("监督审核", "Surveillance audit"),
        "report.kind_recertification": ("再认证审核", "Recertification audit"),
        "report.role_lead": ("组长", "lead"),
        "report.role_member": ("组员", "member"),
        "report.contents": ("目录", "Contents"),
        "report.summary": ("执行摘要", "Executive summary"),
        "report.overall_score": ("总体得分", "Overall score"),
        "report.no_target": ("未设定目标得分", "no target set"),
        "report.verdict": ("认证就绪判定", "Readiness verdict"),
        "report.ready": ("就绪", "Ready"),
        "report.not_ready": ("未就绪", "Not ready"),
        "report.verdict_note": (
            "此为本工具依据评审目录的关键项与目标得分作出的判定，并非认证机构的认证结论。",
            "This is the tool's verdict against the catalogue's key "
            "items and the target score, not a certification decision.",
        ),
        "report.why_ready": (
            "所有条目均已评估，关键项全部符合（未设定目标得分）。",
            "Every item is assessed and every key item is conformant (no target score set).",
        ),
        "report.why_ready_target": (
            "所有条目均已评估，关键项全部符合，总体得分 {score} 达到目标得分 {target}。",
            "Every item is assessed, every key item is conformant "
            "and the overall score {score} meets the target {target}.",
        ),
        "report.why_key-failures": ("{n} 个关键项未达到符合：{items}", "{n} key item(s) not conformant: {items}"),
        "report.why_not-assessed": ("{n} 个条目尚未评估", "{n} item(s) not assessed"),
        "report.why_below-target": (
            "总体得分 {score} 低于目标得分 {target}",
            "overall score {score} is below the target {target}",
        ),
        "report.counts": ("各状态条目数", "Items by status"),
        "report.status": ("状态", "Status"),
        "report.items": ("条目数", "Items"),
        "report.total": ("合计", "Total"),
        "report.not_assessed": ("未评估", "Not assessed"),
        "report.key_failures": ("关键项未通过", "Key-item failures"),
        "report.none": ("无", "None"),
        "report.domain_scores": ("各评审类别得分", "Domain scores"),
        "report.radar_caption": ("各评审类别得分率（雷达图）", "Domain scores (radar chart)"),
        "report.bars_caption": ("各评审类别得分率（条形图）", "Domain scores (bar chart)"),
        "report.domain": ("评审类别", "Domain"),
        "report.score": ("得分率", "Score"),
        "report.achieved": ("得分", "Achieved"),
        "report.possible": ("满分", "Possible"),
        "report.item": ("条目", "Item"),
        "report.title": ("标题", "Title"),
        "report.weight": ("权重", "Weight"),
        "report.gap": ("差距", "Gap"),
        "report.key": ("关键项", "Key"),
        "report.key_mark_note": ("★ 表示关键项", "★ marks a key item"),
        "report.domain_results": ("各评审类别评估结果", "Results by domain"),
        "report.domain_score_line": (
            "得分率 {score}（得分 {achieved} / 满分 {possible}）",
            "Score {score} ({achieved} of {possible})",
        ),
        "report.gaps": ("差距排序", "Ranked gaps"),
        "report.rank": ("序号", "#"),
        "report.no_gaps": ("无差距：所有已评估条目均符合。", "No gaps: every assessed item is conformant."),
        "report.action_plan": ("整改计划", "Corrective-action plan"),
        "report.owner": ("责任人", "Owner"),
        "report.unassigned": ("未指定", "Unassigned"),
        "report.action": ("整改措施", "Corrective action"),
        "report.due": ("完成期限", "Due"),
        "report.no_due": ("未定", "not set"),
        "report.overdue": ("逾期", "overdue"),
        "report.action_open": ("待处理", "open"),
        "report.action_in-progress": ("进行中", "in progress"),
        "report.action_done": ("已完成", "done"),
        "report.no_actions": ("未记录整改措施。", "No corrective actions recorded."),
        "report.overdue_note": (
            "逾期：截至 {today} 未完成且已过期限。",
            "Overdue: not done and past its due date as of {today}.",
        ),
        "report.na_items": ("不适用条目说明", "Not-applicable justifications"),
        "report.reason": ("理由", "Reason"),
        "report.no_na": ("无不适用条目。", "No item is marked not applicable."),
        "report.evidence_index": ("证据索引", "Evidence index"),
        "report.evidence": ("证据", "Evidence"),
        "report.note": ("说明", "Note"),
        "report.file_missing": ("文件缺失", "file missing"),
        "report.no_evidence": ("未登记证据。", "No evidence recorded."),
        "report.appendix": ("附录：评审发现", "Appendix: findings"),
        "report.no_findings": ("未记录评审发现。", "No findings recorded."),
        "report.assessor": ("评估人", "Assessor"),
        "report.assessed_on": ("评估日期", "Assessed on"),
        "report.generated_by": ("由 cc-assess {version} 生成", "Generated by cc-assess {version}"),
        "report.rect_summary": ("整改概况", "Summary"),
        "report.rect_items": (
            "需整改条目（不符合、部分符合）",
            "Items to rectify (nonconformant, partially conformant)",
        ),
        "report.rect_actions_total": ("整改措施总数", "Corrective actions"),
        "report.rect_closed": ("已关闭", "Closed"),
        "report.rect_open": ("未关闭", "Open"),
        "report.rect_overdue": ("其中逾期", "of which overdue"),
        "report.rect_without_action": ("未制定整改措施的条目", "Items without a corrective action"),
        "report.rect_details": ("整改明细", "Details"),
        "report.closed_on": ("关闭日期", "Closed on"),
        "report.closure_evidence": ("关闭证据", "Evidence of closure"),
        "report.rect_no_items": ("没有需整改的条目。", "No item needs rectification."),
        "report.rect_as_of": ("统计截至 {today}。", "As of {today}."),
        "report.document_no": ("文件编号", "Document No."),
        "report.conclusion": ("总体结论", "Overall conclusion"),
        "report.signoff": ("审批签署", "Sign-off"),
        "report.role_prepared": ("编制", "Prepared by"),
        "report.role_reviewed": ("审核", "Reviewed by"),
        "report.role_approved": ("批准", "Approved by"),
        "report.signoff_role": ("职责", "Role"),
        "report.signoff_name": ("姓名", "Name"),
        "report.signoff_date": ("日期", "Date"),
        "report.signoff_state": ("审批状态", "State"),
        "report.signoff_current": ("与当前内容一致", "matches the current content"),
        "report.signoff_outdated": (
            "审批后内容已修改，须重新审批",
            "content changed after sign-off; to be signed again",
        ),
        "report.signoff_unsigned": ("未签署", "not signed"),
        "report.signoff_note": (
            "审批记录见 approvals.yaml（cc-assess approve），并以评估内容的摘要核对。",
            "Recorded in approvals.yaml (cc-assess approve) and checked against a digest of the assessment's content.",
        ),
        "report.applicability": ("适用性声明", "Statement of applicability"),
        "report.applicability_note": (
            "以下条目不适用于本次评估，不计入得分。",
            "The items below do not apply to this assessment and are left out of the score.",
        ),
        "report.excluded_by": ("依据 exclude 排除（标签 {tag}）", "excluded by tag {tag}"),
        "report.item_details": ("附录：逐条评审记录", "Appendix: item by item"),
        "report.requirement": ("要求", "Requirement"),
        "report.findings": ("评审发现", "Findings"),
        "report.expired": ("已过期", "expired"),
        "report.valid_until": ("有效期至 {date}", "valid until {date}"),
    }
)

# report templates (render/engine.py)
MESSAGES.update(
    {
        "engine.syntax": ("模板语法错误：{message}", "template syntax error: {message}"),
        "engine.error": ("模板 {name}：{error}", "template {name}: {error}"),
        "engine.format": (
            "未知的报告格式 '{format}'（请使用以下之一：{choices}）",
            "unknown report format '{format}' (use one of: {choices})",
        ),
        "engine.lang": (
            "未知的报告语言 '{lang}'（请使用以下之一：{choices}）",
            "unknown report language '{lang}' (use one of: {choices})",
        ),
        "engine.no-folder": ("模板文件夹 '{folder}' 不存在", "template folder '{folder}' does not exist"),
        "engine.no-template-in": (
            "在 {folder} 和内置模板中都没有模板 '{name}'",
            "no template '{name}' in {folder} or among the bundled templates",
        ),
        "engine.no-template": ("内置模板中没有模板 '{name}'", "no template '{name}' among the bundled templates"),
    }
)

# --- catalogue and applicability --------------------------------------------------------------------------

MESSAGES.update(
    {
        "catalogue.unknown_tag": (
            "条目 '{item}' 的标签 '{tag}' 未在 'tags:' 中列出",
            "item '{item}' has tag '{tag}', which is not listed under 'tags:'",
        ),
        "applicability.unknown_tag": (
            "目录 {catalogue} {version} 中没有标签 '{tag}'（可用标签：{known}）",
            "catalogue {catalogue} {version} has no tag '{tag}' (tags: {known})",
        ),
        "applicability.no_na_level": (
            "目录 {catalogue} 的评分等级中没有“不适用”（points: null），无法按标签排除条目",
            "catalogue {catalogue} has no not-applicable level (points: null), so items cannot be excluded by tag",
        ),
        "applicability.duplicate_tag": (
            "标签 '{tag}' 已在第 {line} 行排除过；本条规则不起作用",
            "tag '{tag}' is already excluded at line {line}; this rule has no effect",
        ),
    }
)

# --- reliability: hostile input, interruption, writes -----------------------------------------------------

MESSAGES.update(
    {
        "reliability.control_character": (
            "转义序列产生了控制字符 {char}，它无法显示或写入工作簿；请删除该转义",
            "an escape makes the control character {char}, which cannot be shown or written to a workbook; "
            "remove the escape",
        ),
        "reliability.epoch_out_of_range": (
            "SOURCE_DATE_EPOCH={value} 超出了日期的范围（最晚到 9999-12-31）；请设置一个以秒为单位的 Unix 时间戳",
            "SOURCE_DATE_EPOCH={value} is beyond the dates cc-assess can hold (up to 9999-12-31); set it to a Unix "
            "time in seconds",
        ),
        "reliability.score_not_finite": (
            "评审目录的权重过大，得分无法计算；请用 'cc-assess catalogue check' 检查目录（权重最大为 1000000）",
            "the catalogue's weights are too large to compute a score; check it with 'cc-assess catalogue check' "
            "(weights are at most 1000000)",
        ),
        "reliability.unreadable_folder": (
            "无法读取此文件夹（{reason}），其中的答复不能被评估",
            "cannot read this folder ({reason}); the answers in it cannot be assessed",
        ),
        "reliability.unreadable_file": ("无法读取（{reason}）", "cannot read it ({reason})"),
        "reliability.outside_link": (
            "这是指向评审文件夹之外的链接；不予读取。请把文件本身放进文件夹",
            "a link to a place outside the assessment folder; it is not read. Put the file itself in the folder",
        ),
        "reliability.not_a_file": (
            "不是普通文件（管道、设备或套接字）；不予读取",
            "not a regular file (a pipe, device or socket); it is not read",
        ),
        "reliability.write_through_link": (
            "这是指向评审文件夹之外的链接；cc-assess 不会通过它写入。请换成真实的文件夹或文件",
            "a link to a place outside the assessment folder; cc-assess does not write through it. Replace it with "
            "a real folder or file",
        ),
        "reliability.parent_is_file": (
            "这里应是文件夹，却是一个文件；未写入任何文件",
            "a file where a folder is needed; nothing was written",
        ),
        "reliability.target_is_folder": (
            "这里应是文件，却是一个文件夹；未写入任何文件",
            "a folder where a file is to be written; nothing was written",
        ),
        "reliability.targets_refused": (
            "{count} 个位置无法写入；未写入任何文件",
            "{count} place(s) cannot be written; nothing was written",
        ),
        "reliability.write_failed": (
            "无法写入 {folder}：{reason}；没有任何改动",
            "cannot write into {folder}: {reason}; nothing was changed",
        ),
        "reliability.interrupted": (
            "cc-assess {command} 在写入时被中断，文件处于半完成状态；请再次运行 cc-assess {command}"
            "（或任一写入此文件夹的命令），它会先把每个文件恢复到中断前的样子",
            "cc-assess {command} was interrupted while writing and left the files half placed; run cc-assess "
            "{command} again (or any command that writes into this folder): it first puts every file back as it was",
        ),
        "reliability.interrupted_refused": (
            "{folder}：一次被中断的写入使文件处于半完成状态；恢复之前不读取此文件夹",
            "{folder}: an interrupted write left the files half placed; the folder is not read until it is put back",
        ),
        "reliability.recovered": (
            "已撤销 {folder} 中 {count} 次被中断的写入，所有文件已恢复原样",
            "rolled back {count} interrupted write(s) in {folder}; every file is as it was before",
        ),
        "code.interrupted-write": (
            "一次被中断的写入留下的暂存文件夹：再次运行写入命令即可恢复",
            "the staging folder of an interrupted write: run a writing command again to restore the files",
        ),
        "reliability.cell_too_long": (
            "{item} 的 {field} 有 {length} 个字符，超过工作簿单元格的上限 {limit}；导出到 xlsx 会截断它。请改用 "
            "export --format csv，或缩短内容",
            "the {field} of {item} has {length} characters, more than a workbook cell holds ({limit}); an xlsx "
            "export would cut it. Use export --format csv, or shorten it",
        ),
        "reliability.workbook_refused": (
            "{count} 个单元格超出工作簿的上限；未写入工作簿",
            "{count} cell(s) over the workbook's limit; no workbook was written",
        ),
        "code.cell-too-long": (
            "文本超过工作簿单元格可容纳的 32767 个字符：xlsx 导出拒绝它",
            "a text over the 32,767 characters a workbook cell holds: export --format xlsx refuses it",
        ),
        "code.control-character": (
            "转义序列产生了控制字符或孤立的代理字符",
            "an escape that makes a control character or a lone surrogate",
        ),
        "code.outside-link": (
            "目标在评审文件夹之外的链接：不读取，也不通过它写入",
            "a link whose target leaves the assessment folder: not read, not written through",
        ),
        "code.not-a-file": (
            "应为文件之处是管道、设备或文件夹：不读取",
            "a FIFO, device or folder where a file is meant: not read",
        ),
        "code.not-a-folder": (
            "应为文件夹之处是一个文件（例如评审类别文件夹是文件）",
            "a file where a folder is meant (a domain folder that is a file)",
        ),
    }
)

# --- deliverables: sign-off, docx, pdf, report pages --------------------------------------------------------

MESSAGES.update(
    {
        "deliverables.approval_outdated": (
            "{name} 于 {date} 的 {role} 审批与当前内容不一致（审批后内容已修改）；"
            "请重新审批：cc-assess approve {folder} --role {role} --name 姓名",
            "the {role} sign-off by {name} on {date} no longer matches the content (it changed since); "
            "sign off again with 'cc-assess approve {folder} --role {role} --name NAME'",
        ),
        "deliverables.duplicate_approval": (
            "角色 {role} 出现了两次；每个角色只能有一条审批记录",
            "role {role} appears twice; each role has one approval",
        ),
        "deliverables.approvals_invalid": (
            "{path} 无效；请修正或删除后用 cc-assess approve 重新审批",
            "{path} is invalid; fix it, or delete it and approve again with cc-assess approve",
        ),
        "deliverables.approve_invalid": (
            "{folder}：评估存在错误，未写入任何内容；请先运行 cc-assess validate 并修正",
            "{folder}: the assessment has errors; nothing was written; run 'cc-assess validate' and fix them first",
        ),
        "deliverables.unknown_role": (
            "未知角色 '{role}'（可用：{roles}）",
            "unknown role '{role}' (use one of: {roles})",
        ),
        "deliverables.bad_name": (
            "--name 须为非空的一行文字",
            "--name must be one line of text, not empty",
        ),
        "deliverables.cannot_read": ("无法读取 {path}：{reason}", "cannot read {path}: {reason}"),
        "deliverables.approved": (
            "已写入 {path}：{role} {name} {date}，{digest}",
            "wrote {path}: {role} {name} {date}, {digest}",
        ),
        "deliverables.still_outdated": (
            "注意：{roles} 的审批针对的是此前的内容，需重新审批",
            "note: the {roles} approval(s) were given on earlier content and need approving again",
        ),
        "deliverables.template_partial": (
            "模板 {name}：{error}。--template-dir 中的 partials 文件会整体替换内置文件；"
            '若只想改一部分，请用 {{% extends "report.html.j2" %}} 并只覆盖一个 {{% block %}}（见 docs/reports.md）',
            "template {name}: {error}. A partials file in --template-dir replaces the bundled one whole; to change "
            'one part, {{% extends "report.html.j2" %}} and override one {{% block %}} (see docs/reports.md)',
        ),
        "deliverables.no_browser": (
            "--format pdf 需要 Chromium 系浏览器（无界面打印）：请安装 Chromium（apt-get install chromium）、"
            "Google Chrome 或 Microsoft Edge，或将 {env} 设为浏览器可执行文件的路径",
            "--format pdf needs a Chromium-family browser (printing headless): install Chromium "
            "(apt-get install chromium), Google Chrome or Microsoft Edge, or set {env} to the browser's executable",
        ),
        "deliverables.browser_env": (
            "{env}={value}：找不到该可执行文件",
            "{env}={value}: no such executable",
        ),
        "deliverables.browser_timeout": (
            "{browser} 在 {seconds} 秒内未完成 PDF 打印",
            "{browser} did not print the PDF within {seconds} seconds",
        ),
        "deliverables.browser_failed": (
            "{browser} 未能打印 PDF：{detail}",
            "{browser} could not print the PDF: {detail}",
        ),
        "deliverables.browser_exit": (
            "浏览器以退出码 {code} 结束，未给出原因",
            "the browser ended with exit code {code} and gave no reason",
        ),
        "deliverables.pdf_incomplete": (
            "浏览器正常结束，但写出的 PDF 不完整（{size} 字节，缺少结尾的 %%EOF）",
            "the browser ended normally but the PDF it wrote is incomplete ({size} bytes, no closing %%EOF)",
        ),
        "deliverables.no_docx": (
            "--format docx 需要可选组件 docxtpl：pip install 'cc-assess[docx]'",
            "--format docx needs the optional docxtpl: pip install 'cc-assess[docx]'",
        ),
        "deliverables.no_docx_template_in": (
            "在 {folder} 和内置模板中都找不到模板 '{name}'",
            "no template '{name}' in {folder} or among the bundled templates",
        ),
        "deliverables.no_docx_template": (
            "内置模板中没有 '{name}'",
            "no template '{name}' among the bundled templates",
        ),
        "deliverables.docx_template_error": ("模板 {name}：{error}", "template {name}: {error}"),
        "deliverables.docx_unusable": (
            "模板 {path} 不是可用的 .docx 文件（{error}）",
            "template {path}: not a usable .docx ({error})",
        ),
        "deliverables.binary_to_terminal": (
            "--format {format} 生成的是二进制文件：请用 -o 文件名 写入文件",
            "--format {format} makes a binary file: write it with -o FILE",
        ),
        "deliverables.not_approved": (
            "没有与当前内容一致的批准（approved）审批；运行 cc-assess approve {folder} --role approved --name 姓名",
            "no 'approved' approval matches the current content; run "
            "'cc-assess approve {folder} --role approved --name NAME'",
        ),
    }
)

# --- yearly cycle and pack integrity ------------------------------------------------------------------------

MESSAGES.update(
    {
        "cycle.init.label_help": (
            "diff 与 history 中显示的名称(如 2026);--from 时默认沿用上一年度的",
            "Name shown by diff and history (e.g. 2026); with --from, last year's unless given",
        ),
        "cycle.export.previous_header": ("上年状态(只读)", "Previous status (read-only)"),
        "cycle.export.previous_note": (
            "上年状态:init --from 带入的上一年度结论与日期,只读,导入时忽略;确认后请在“状态”列重新选择。",
            "Previous status: last year's status and date, carried by init --from; read-only and ignored by "
            "import. To confirm it, pick the status again in the Status column.",
        ),
        "cycle.import.previous_ignored": (
            "“上年状态”列是只读的,此处的修改已忽略;要更改本年度结论,请填写“状态”列",
            "the previous-status column is read-only; this edit is ignored (write this year's answer in the "
            "status column)",
        ),
        "code.pack-unsafe-name": (
            "条目名称是绝对路径、含 ..、反斜杠或盘符,或是符号链接条目",
            "an entry name that is absolute, has .., a backslash or a drive letter, or a symlink entry",
        ),
        "code.pack-digest": (
            "根摘要与 --digest 或 zip 注释中的不一致",
            "the root digest differs from --digest or from the one in the zip comment",
        ),
        "code.pack-signature": (
            "资料包未签名,或签名未通过 --allowed-signers 核验",
            "no signature, or one that does not verify against --allowed-signers",
        ),
        "code.pack-rescore": (
            "派生文件与资料包内评估的重新渲染结果不一致",
            "a derived file disagrees with a fresh rendering of the enclosed assessment",
        ),
        # pack integrity: building, signing, verifying
        "pack.root_digest": ("根摘要:{digest}", "root digest: {digest}"),
        "pack.signed": (
            "已用 {key} 签名 (ssh-keygen -Y sign,命名空间 cc-assess)",
            "signed with {key} (ssh-keygen -Y sign, namespace cc-assess)",
        ),
        "pack.sign.no_key": ("--sign:找不到密钥文件 {key}", "--sign: no such key file {key}"),
        "pack.sign.no_ssh_keygen": (
            "签名与验签需要 OpenSSH 的 ssh-keygen(8.2 或更新版本),但未找到它;请安装 OpenSSH 客户端",
            "signing and checking signatures need OpenSSH's ssh-keygen (8.2 or later), which was not found; "
            "install the OpenSSH client",
        ),
        "pack.sign.failed": ("ssh-keygen 签名失败:{detail}", "ssh-keygen could not sign: {detail}"),
        "pack.usage.verify_options": (
            "--digest、--allowed-signers 和 --signer 只能与 --verify 一起使用",
            "--digest, --allowed-signers and --signer go with --verify",
        ),
        "pack.usage.sign_with_verify": (
            "--sign 用于打包,不能与 --verify 一起使用",
            "--sign is for packing, not with --verify",
        ),
        "pack.verify.bad_digest_option": (
            "--digest:'{value}' 不是根摘要(应为 sha256: 加 64 位十六进制数)",
            "--digest: '{value}' is not a root digest (sha256: and 64 hex digits)",
        ),
        "pack.verify.no_allowed_signers": (
            "--allowed-signers:找不到文件 {path}",
            "--allowed-signers: no such file {path}",
        ),
        "pack.verify.digest_ok": ("根摘要 {digest} 与 --digest 一致", "root digest {digest} matches --digest"),
        "pack.verify.signature_ok": (
            "签名有效:{signer} 签署了 manifest.json",
            "good signature: manifest.json signed by {signer}",
        ),
        "pack.verify.signed_unchecked": (
            "此资料包带有签名,但未核验(请使用 --allowed-signers FILE)",
            "the pack is signed; the signature was not checked (give --allowed-signers FILE)",
        ),
        "pack.verify.not_rendered": (
            "报告由 cc-assess {version} 生成,未重新渲染比对:{names}",
            "reports made by cc-assess {version} were not re-rendered: {names}",
        ),
        "pack.verify.failed": (
            "{path}:资料包未通过核验({count} 个问题)",
            "{path}: the pack failed verification ({count} problem(s))",
        ),
        "pack.verify.comment_digest": (
            "zip 注释中的根摘要 {written} 与 manifest.json 的 sha256 {root} 不一致",
            "the root digest in the zip comment, {written}, differs from manifest.json's sha256 {root}",
        ),
        "pack.verify.digest_mismatch": (
            "根摘要不一致:--digest 为 {expected},而此资料包的 manifest.json 为 {root}",
            "root digest mismatch: --digest says {expected}, this pack's manifest.json is {root}",
        ),
        "pack.verify.unsigned": (
            "此资料包未签名(没有 {name}),无法按 --allowed-signers 核验",
            "the pack is not signed (no {name}); it cannot be checked against --allowed-signers",
        ),
        "pack.verify.bad_signature": ("manifest.json 的签名无效:{detail}", "bad signature of manifest.json: {detail}"),
        "pack.verify.unknown_signer": (
            "签名所用的密钥不在允许签名者文件中",
            "the signing key is not in the allowed signers file",
        ),
        "pack.verify.no_date": (
            "manifest.json 缺少有效的 date,无法重新评分",
            "manifest.json has no valid date; the assessment cannot be scored again",
        ),
        "pack.verify.no_assessment": (
            "资料包中没有 assessment/assessment.yaml,无法重新评分",
            "the pack has no assessment/assessment.yaml; it cannot be scored again",
        ),
        "pack.verify.assessment_invalid": (
            "资料包内的评估有错误(见上),无法重新评分",
            "the enclosed assessment has errors (above); it cannot be scored again",
        ),
        "pack.verify.derived_missing": (
            "{name}:重新渲染资料包内的评估会生成此文件,但资料包中没有",
            "{name}: a fresh rendering of the enclosed assessment has this file, the pack does not",
        ),
        "pack.verify.derived_differs": (
            "{name}:与资料包内评估的重新评分和渲染结果不一致",
            "{name}: differs from a fresh scoring and rendering of the enclosed assessment",
        ),
        "pack.verify.score_detail": (
            "(资料包声称总分 {claimed},重新评分为 {actual})",
            " (the pack claims an overall score of {claimed}; scored again: {actual})",
        ),
        "pack.verify.not_part": (
            "{name}:不属于资料包内的评估(打包时不会包含此文件)",
            "{name}: not part of the enclosed assessment (pack would not include it)",
        ),
        "pack.verify.declared_sha": (
            "{name}:与 {item} 中声明的 sha256 不一致(打包时会拒绝)",
            "{name}: differs from the sha256 that {item} declares (pack would refuse it)",
        ),
        "pack.verify.evidence_missing": (
            "{name}:{item} 将其列为证据,但资料包中没有",
            "{name}: named as evidence by {item}, but not in the pack",
        ),
        "pack.verify.lock_invalid": (
            "资料包内的 evidence.lock.yaml 无效(打包时会拒绝)",
            "the enclosed evidence.lock.yaml is invalid (pack would refuse it)",
        ),
        "pack.verify.lock_differs": (
            "{name}:与资料包内的 evidence.lock.yaml 不一致",
            "{name}: does not match the enclosed evidence.lock.yaml",
        ),
        "pack.verify.lock_unlisted": (
            "{name}:资料包内的 evidence.lock.yaml 未记录此文件",
            "{name}: not recorded in the enclosed evidence.lock.yaml",
        ),
        "pack.name.refused": ("{name}:{why};已拒绝", "{name}: {why}; refused"),
        "pack.name.symlink": ("是符号链接条目", "is a symbolic link entry"),
        "pack.name.backslash": ("名称含反斜杠", "has a backslash in its name"),
        "pack.name.absolute": ("是绝对路径", "is an absolute path"),
        "pack.name.drive": ("以盘符开头", "starts with a drive letter"),
        "pack.name.dotdot": ("含 ..,会离开资料包", "contains .., which leaves the pack"),
        "pack.name.odd": ("含空的、. 或控制字符组成的路径部分", "has an empty or . path part, or a control character"),
        "pack.name.unextractable": (
            "{name}:无法解出以重新评分({detail})",
            "{name}: cannot be extracted to score again ({detail})",
        ),
        "pack.help.sign": (
            "用此 SSH 私钥为 manifest.json 签名(ssh-keygen -Y sign -n cc-assess;也可给公钥,私钥由 ssh-agent 持有)",
            "Sign manifest.json with this SSH private key (ssh-keygen -Y sign -n cc-assess; or its public key, "
            "the private key held by ssh-agent).",
        ),
        "pack.help.digest": (
            "与 --verify 一起:核对另行收到的根摘要 (sha256:…)",
            "With --verify: check the root digest (sha256:…) received separately.",
        ),
        "pack.help.allowed_signers": (
            "与 --verify 一起:按此允许签名者文件核验签名 (ssh-keygen -Y verify)",
            "With --verify: check the signature against this allowed signers file (ssh-keygen -Y verify).",
        ),
        "pack.help.signer": (
            "与 --allowed-signers 一起:签名须属于此身份(默认:允许签名者文件中与签名密钥对应的身份)",
            "With --allowed-signers: the identity the signature must belong to (default: the one the allowed "
            "signers file lists for the signing key).",
        ),
        "cycle.validate.duplicate_action_id": (
            "{item} 中已有编号为 '{id}' 的整改措施(第 {line} 行);同一条目内措施编号须唯一",
            "a second action with id '{id}' in {item} (the first is at line {line}); action ids must be unique "
            "within a response",
        ),
        "cycle.validate.assessed_in_future": (
            "评估日期 {date} 晚于今天 ({today});年份是否写错?",
            "assessed_on {date} is after today ({today}); is the year a typo?",
        ),
    }
)

# --- portfolio ----------------------------------------------------------------------------------------------

MESSAGES.update(
    {
        # portfolio.yaml and its sites
        "portfolio.no_file": ("文件不存在", "no such file"),
        "portfolio.is_folder": ("是文件夹，不是 portfolio.yaml 文件", "is a folder, not a portfolio.yaml file"),
        "portfolio.invalid_file": ("{path} 有错误", "{path} is invalid"),
        "portfolio.duplicate_site": (
            "场所编号 '{id}' 重复（第 {line} 行已使用）；每个场所的 id 必须唯一",
            "site id '{id}' is used twice (first on line {line}); every site needs its own id",
        ),
        "portfolio.missing_seats": (
            "场所 '{id}' 没有 seats；按座席数加权（--weight seats，默认）时每个场所都需要 seats，或改用 --weight equal",
            "site '{id}' has no seats; weighting by seats (--weight seats, the default) needs seats for every "
            "site, or use --weight equal",
        ),
        "portfolio.not_folder_or_zip": (
            "'{value}' 是文件，但不是评估文件夹，也不是 .zip 资料包",
            "'{value}' is a file, but neither an assessment folder nor a .zip pack",
        ),
        "portfolio.no_such_path": (
            "'{value}' 不存在（路径相对于 portfolio.yaml 所在文件夹），也不是 git 的 REV:PATH",
            "'{value}' does not exist (paths are relative to the folder of portfolio.yaml) and is not a git REV:PATH",
        ),
        "portfolio.git_path": (
            "'{value}' 不存在于磁盘上，因此按 git 的 REV:PATH 读取，但：{problem}",
            "'{value}' does not exist on disk, so it is read as git REV:PATH, but: {problem}",
        ),
        "portfolio.bad_paths": (
            "{path}：{count} 个场所路径无法读取",
            "{path}: {count} site path(s) cannot be read",
        ),
        "portfolio.site_unreadable": ("无法读取该场所：{problem}", "cannot read this site: {problem}"),
        "portfolio.other_catalogue": (
            "场所 '{id}' 使用评审目录 '{catalogue}'，而其他场所使用 '{first}'；一个集团汇总只能使用一个评审目录",
            "site '{id}' uses catalogue '{catalogue}' but the other sites use '{first}'; a portfolio uses one "
            "catalogue",
        ),
        "portfolio.sites_failed": (
            "{count} 个场所有问题；请对其运行 'cc-assess validate'",
            "{count} site(s) have problems; run 'cc-assess validate' on them",
        ),
        "portfolio.below": (
            "集团总体得分 {score} 低于 {threshold}",
            "the portfolio's overall score {score} is below {threshold}",
        ),
        "portfolio.wrote_facts": ("已写入 {path}：{rows} 行", "wrote {path}: {rows} row(s)"),
        "portfolio.facts_suffix": (
            "--facts 的文件名须以 .csv 或 .parquet 结尾：{path}",
            "--facts needs a file ending in .csv or .parquet: {path}",
        ),
        "portfolio.needs_analytics": (
            "写 Parquet 需要 DuckDB，请安装：pip install 'cc-assess[analytics]'",
            "writing Parquet needs DuckDB; install it with: pip install 'cc-assess[analytics]'",
        ),
        "portfolio.facts_failed": ("无法写入 {path}：{problem}", "cannot write {path}: {problem}"),
        # help
        "portfolio.help": (
            "集团汇总：portfolio.yaml 中各场所的得分、分组与总体得分、各场所的关键项未通过、差异最大的条目、"
            "逾期整改及与上次评估相比的变化。\n\n"
            "示例：cc-assess portfolio portfolio.yaml --format html > group.html",
            "A group's sites rolled up: each site's scores, group and overall scores, key-item failures across "
            "sites, the items with the widest spread, overdue actions and the change since the previous "
            "assessment.\n\nExample: cc-assess portfolio portfolio.yaml --format html > group.html",
        ),
        "portfolio.help_file": ("portfolio.yaml 文件。", "The portfolio.yaml file."),
        "portfolio.help_format": ("输出格式。", "Output format."),
        "portfolio.help_weight": (
            "集团与分组得分的加权方式：按座席数（seats）或等权（equal）。",
            "How group and overall scores weight the sites: by seats, or equal.",
        ),
        "portfolio.help_facts": (
            "另写一张明细表（每个场所 × 条目一行），.csv 或 .parquet。",
            "Also write the facts (one row per site x item) to FILE.csv or FILE.parquet.",
        ),
        "portfolio.help_fail_under": (
            "集团总体得分低于 N 时以 1 退出。",
            "Exit 1 when the portfolio's overall score is below N.",
        ),
        "portfolio.help_today": ("判断逾期所用的今天日期。", "Today's date for 'overdue'."),
        "portfolio.help_lang": (
            "输出语言（默认：portfolio.yaml 的 language，否则中文，与评估的 language 相同）。",
            "Language of the output (default: language: of portfolio.yaml, else zh, as for an assessment).",
        ),
        "portfolio.help_jobs": ("并行进程数（0：每个 CPU 一个）。", "Worker processes (0: one per CPU)."),
        # output words
        "portfolio.title": ("集团汇总", "Portfolio"),
        "portfolio.headline": (
            "{name}：总体得分 {score}（{sites} 个场所，{weight}）",
            "{name}: overall score {score} ({sites} sites, {weight})",
        ),
        "portfolio.weight_seats": ("按座席数加权", "weighted by seats"),
        "portfolio.weight_equal": ("等权平均", "equal weights"),
        "portfolio.ready": ("就绪", "ready"),
        "portfolio.not_ready": ("未就绪", "not ready"),
        "portfolio.catalogue": ("评审目录", "Catalogue"),
        "portfolio.as_of": ("逾期统计截至", "Overdue as of"),
        "portfolio.ranking": ("场所排名", "Ranking of sites"),
        "portfolio.groups": ("分组得分", "Groups"),
        "portfolio.heatmap": ("场所 × 评审类别得分", "Sites x review categories"),
        "portfolio.key_failures": ("各场所关键项未通过", "Key-item failures across sites"),
        "portfolio.widest": ("各场所差异最大的条目", "Items with the widest spread across sites"),
        "portfolio.overdue": ("各场所逾期整改措施", "Overdue corrective actions per site"),
        "portfolio.changes": ("与上次评估相比的变化", "Change since the previous assessment"),
        "portfolio.none": ("无。", "None."),
        "portfolio.key_failures_line": ("关键项未通过：{items}", "Key-item failures: {items}"),
        "portfolio.widest_line": ("差异最大的条目：{items}", "Widest spread: {items}"),
        "portfolio.col_rank": ("#", "#"),
        "portfolio.col_site": ("场所", "Site"),
        "portfolio.col_group": ("分组", "Group"),
        "portfolio.col_seats": ("座席数", "Seats"),
        "portfolio.col_score": ("得分", "Score"),
        "portfolio.col_previous": ("上次", "Previous"),
        "portfolio.col_delta": ("变化", "Change"),
        "portfolio.col_verdict": ("认证就绪", "Readiness"),
        "portfolio.col_key_failures": ("关键项未通过", "Key failures"),
        "portfolio.col_not_assessed": ("未评估", "Not assessed"),
        "portfolio.col_overdue": ("逾期整改", "Overdue actions"),
        "portfolio.col_sites": ("场所", "Sites"),
        "portfolio.col_item": ("条目", "Item"),
        "portfolio.col_failing": ("未完全符合的场所数", "Sites not conformant"),
        "portfolio.col_worst": ("最差场所", "Worst sites"),
        "portfolio.col_min": ("最低", "Min"),
        "portfolio.col_median": ("中位数", "Median"),
        "portfolio.col_max": ("最高", "Max"),
        "portfolio.col_due": ("完成期限", "Due"),
        "portfolio.col_action": ("整改措施", "Corrective action"),
        "portfolio.col_owner": ("责任人", "Owner"),
        "portfolio.col_overall": ("总体", "Overall"),
        "portfolio.verdict_note": (
            "就绪为本工具依据评审目录的关键项与目标得分作出的判定，并非认证机构的认证结论。",
            "Readiness is the tool's verdict against the catalogue's key items and target score, not a "
            "certification decision.",
        ),
        "portfolio.weight_note_seats": (
            "分组与总体得分为各场所总体得分按座席数加权的平均值。",
            "Group and overall scores are the means of the sites' overall scores, weighted by seats.",
        ),
        "portfolio.weight_note_equal": (
            "分组与总体得分为各场所总体得分的算术平均值。",
            "Group and overall scores are the plain means of the sites' overall scores.",
        ),
        "portfolio.points_note": (
            "条目得分点：符合 = 1，未评估计 0，不适用的场所不计入。",
            "Item points: fully conformant = 1, not assessed counts 0; sites where the item is N/A are left out.",
        ),
        "portfolio.more_overdue": (
            "另有 {count} 项逾期（完整清单见该场所的 cc-assess actions --overdue）",
            "and {count} more overdue (the whole list: cc-assess actions --overdue on that site)",
        ),
        "portfolio.no_previous": ("没有场所给出 previous。", "No site gives a previous assessment."),
        "portfolio.generated_by": ("由 cc-assess {version} 生成", "Generated by cc-assess {version}"),
        "portfolio.sites_count": ("场所数", "Sites"),
        "portfolio.overall_score": ("集团总体得分", "Overall score"),
        "portfolio.ready_count": ("就绪场所", "Sites ready"),
    }
)

# --- local web editor ----------------------------------------------------------------------------------------

MESSAGES.update(
    {
        "web.help": (
            "在浏览器中填写评估：本机网页，按评审类别逐项填写，文件仍是唯一依据。\n\n示例：cc-assess serve 2026",
            "Fill in an assessment in a browser: a local page, item by item per review category; the files stay "
            "the source of truth.\n\nExample: cc-assess serve 2026",
        ),
        "web.help-folder": ("评估文件夹（默认：.）。", "Assessment folder (default: .)."),
        "web.help-port": ("端口（0：任选一个空闲端口）。", "Port (0: any free port)."),
        "web.help-host": (
            "监听地址；默认只允许本机访问（127.0.0.1）。",
            "Address to listen on; by default only this computer can connect (127.0.0.1).",
        ),
        "web.needs-extra": (
            "网页编辑器需要可选组件 cc-assess[web]（缺少 {module}）；请安装：pip install 'cc-assess[web]'",
            "the web editor needs the optional extra cc-assess[web] ({module} is missing); install it with: "
            "pip install 'cc-assess[web]'",
        ),
        "web.serving": (
            "网页编辑器正在提供 {folder}：在浏览器中打开 {url}\n地址中的令牌就是访问凭据，请勿分享；按 Ctrl+C 停止。",
            "the web editor is serving {folder}: open {url} in a browser\n"
            "The token in the address is the key to it; do not share it. Press Ctrl+C to stop.",
        ),
        "web.cannot-bind": ("无法监听 {host}:{port}：{reason}", "cannot listen on {host}:{port}: {reason}"),
        "web.bad-token": (
            "缺少访问令牌或令牌错误；请使用 cc-assess serve 打印的完整地址",
            "missing or wrong token; use the whole address that cc-assess serve printed",
        ),
        "web.bad-host": (
            "不接受主机名 '{host}'（只接受 IP 地址、localhost 或监听地址）",
            "host '{host}' is refused (only an IP address, localhost or the address listened on)",
        ),
        "web.bad-origin": ("不接受来自 '{origin}' 的请求", "requests from '{origin}' are refused"),
        "web.not-found": ("没有这个文件", "no such file"),
        "web.unknown-item": ("目录 {catalogue} 中没有评审条目 '{item}'", "catalogue {catalogue} has no item '{item}'"),
        "web.outside": (
            "{path} 是指向评估文件夹之外的链接；不读写它",
            "{path} is a link that leaves the assessment folder; it is neither read nor written",
        ),
        "web.need-if-match": (
            "请带上 If-Match 请求头：读取该答复时得到的 etag",
            "send an If-Match header: the etag you got when you read this response",
        ),
        "web.body-not-object": (
            "请求体必须是 JSON 对象，键为答复文件的字段",
            "the request body must be a JSON object of response fields",
        ),
        "web.bad-json": ("请求体不是有效的 JSON", "the request body is not valid JSON"),
        "web.preview-needs-text": (
            "请求体必须是含 text 字段（Markdown 文本）的 JSON 对象",
            "the request body must be a JSON object with a text field (the Markdown)",
        ),
        "web.conflict": (
            "{path} 在你读取之后已在磁盘上被修改；未写入任何内容。请重新加载后再保存",
            "{path} changed on disk since you read it; nothing was written. Reload it, then save again",
        ),
        "web.invalid": (
            "{path} 的答复无效；未写入任何内容",
            "the answer would make {path} invalid; nothing was written",
        ),
        "code.edit-failed": (
            "网页编辑器无法就地修改此答复文件；未写入任何内容",
            "the web editor cannot change this response file in place; nothing was written",
        ),
        "web.edit-failed": ("无法修改此文件：{reason}", "cannot edit this file: {reason}"),
        "web.too-large": ("上传的文件超过 {limit} MiB", "the uploaded file is larger than {limit} MiB"),
        "web.ui.title": ("评估填写", "Assessment editor"),
        "web.ui.loading": ("正在加载…", "Loading…"),
        "web.ui.items": ("评审条目", "Review items"),
        "web.ui.overall": ("总体得分", "Overall score"),
        "web.ui.no-score": ("存在错误，暂无得分", "No score while there are errors"),
        "web.ui.ready": ("认证就绪", "Ready for certification"),
        "web.ui.not-ready": ("未就绪", "Not ready"),
        "web.ui.not-assessed": ("未评估", "Not assessed"),
        "web.ui.excluded": ("按适用范围排除，理由：", "Excluded by the assessment's scope: "),
        "web.ui.excluded-short": ("已排除", "excluded"),
        "web.ui.requirement": ("要求", "Requirement"),
        "web.ui.guidance": ("应查看的证据", "Evidence to ask for"),
        "web.ui.key-item": ("关键项", "Key item"),
        "web.ui.weight": ("权重", "Weight"),
        "web.ui.status": ("状态", "Status"),
        "web.ui.na-reason": ("不适用理由", "Reason for N/A"),
        "web.ui.findings": ("评审发现（Markdown）", "Findings (Markdown)"),
        "web.ui.preview": ("预览", "Preview"),
        "web.ui.evidence": ("证据", "Evidence"),
        "web.ui.ref": ("路径或网址", "Path or URL"),
        "web.ui.note": ("说明", "Note"),
        "web.ui.upload": ("上传文件到 evidence/", "Upload a file into evidence/"),
        "web.ui.add-evidence": ("添加证据", "Add evidence"),
        "web.ui.remove": ("删除", "Remove"),
        "web.ui.actions": ("整改措施", "Corrective actions"),
        "web.ui.action-id": ("编号", "ID"),
        "web.ui.action-description": ("措施", "Description"),
        "web.ui.owner": ("责任人", "Owner"),
        "web.ui.due": ("完成期限", "Due"),
        "web.ui.action-status": ("状态", "Status"),
        "web.ui.add-action": ("添加整改措施", "Add a corrective action"),
        "web.ui.action-open": ("待处理", "open"),
        "web.ui.action-in-progress": ("进行中", "in progress"),
        "web.ui.action-done": ("已完成", "done"),
        "web.ui.assessor": ("评估人", "Assessor"),
        "web.ui.assessed-on": ("评估日期", "Assessed on"),
        "web.ui.save": ("保存", "Save"),
        "web.ui.saving": ("正在保存…", "Saving…"),
        "web.ui.saved": ("已保存", "Saved"),
        "web.ui.unchanged": ("没有改动，文件未变", "No changes; the file is as it was"),
        "web.ui.unsaved": ("有未保存的修改", "Unsaved changes"),
        "web.ui.discard": ("有未保存的修改，确定放弃吗？", "Discard the unsaved changes?"),
        "web.ui.conflict": (
            "此文件在你打开之后已在磁盘上被修改，未写入任何内容。重新加载后再填写。",
            "This file changed on disk after you opened it; nothing was written. Reload it, then answer again.",
        ),
        "web.ui.reload": ("重新加载", "Reload"),
        "web.ui.invalid": ("答复有错误，未保存：", "The answer has errors and was not saved:"),
        "web.ui.problems": ("问题", "Problems"),
        "web.ui.no-problems": ("没有问题", "No problems"),
        "web.ui.failed": ("请求失败：", "Request failed:"),
        "web.ui.files": ("evidence/ 中的文件", "Files in evidence/"),
        "web.ui.size": ("大小", "Size"),
        "web.ui.empty": ("（空）", "(empty)"),
    }
)

# --- benchmarks and performance ------------------------------------------------------------------------------

MESSAGES.update({})

# --- the house: meanings of diagnostic codes that landed with other areas (docs/diagnostics.md lists them) ----

MESSAGES.update(
    {
        "code.duplicate-action-id": (
            "同一回复中有两条编号相同的整改措施",
            "two corrective actions with one id in one response",
        ),
        "code.assessed-in-future": ("评估日期晚于今天", "assessed_on is after today"),
        "code.control-character": (
            "转义序列产生了控制字符或单独的代理码位",
            "an escape that makes a control character or a lone surrogate",
        ),
        "code.exclude-without-na": (
            "有 exclude: 规则，但评审目录的评分等级中没有“不适用”",
            "exclude: rules, but the catalogue's scale has no N/A level",
        ),
        "code.duplicate-exclude": ("同一标签被排除了两次", "a tag excluded twice"),
        "code.unknown-tag": ("评审目录没有列出的标签", "a tag that the catalogue does not list"),
        "code.approval-outdated": ("审批记录与当前内容不再一致", "an approval that no longer matches the content"),
        "code.duplicate-approval": ("同一角色有两条审批记录", "one role approved twice"),
        "code.workbook-previous": (
            "修改了只读的“上年状态”列（已忽略）",
            "an edit in the read-only previous-status column (ignored)",
        ),
        "code.duplicate-site": ("两个场所使用同一个 id", "two sites with one id"),
        "code.missing-seats": ("按座席数加权时，场所没有 seats", "a site without seats when weighting by seats"),
        "code.site-path": (
            "场所路径既不是文件夹、资料包 zip，也不是 git 的 REV:PATH",
            "a site path that is no folder, pack zip or git REV:PATH",
        ),
        "code.site-unreadable": ("无法读取该场所", "a site that cannot be read"),
        "code.catalogue-mismatch": (
            "场所使用的评审目录与其他场所不同",
            "a site that uses another catalogue than the others",
        ),
    }
)

# --- migrate: the plan, conflicts, summaries and errors of cc-assess migrate (migrate.py) -------------------

MESSAGES.update(
    {
        "migrate.plan-head": (
            "迁移 {folder}：评审目录 {catalogue} {from_version} -> {to_version}",
            "migrate {folder}: catalogue {catalogue} {from_version} -> {to_version}",
        ),
        "migrate.step": ("{kind} {where}（{reason}）", "{kind} {where}  ({reason})"),
        "migrate.kind-rename": ("改名", "rename"),
        "migrate.kind-retire": ("退役", "retire"),
        "migrate.kind-add": ("新增", "add"),
        "migrate.kind-update": ("更新", "update"),
        "migrate.removed-in": (
            "{item} 已在 {catalogue} {version} 中删除",
            "{item} was removed in {catalogue} {version}",
        ),
        "migrate.not-an-item": (
            "{item} 不是 {catalogue} {version} 的评审条目",
            "{item} is not an item of {catalogue} {version}",
        ),
        "migrate.renamed-in": ("{item} 在 {version} 中改名为 {new_id}", "{item} renamed to {new_id} in {version}"),
        "migrate.added-in": ("{item} 在 {version} 中新增", "{item} added in {version}"),
        "migrate.version-change": (
            "catalogue_version {from_version} -> {to_version}",
            "catalogue_version {from_version} -> {to_version}",
        ),
        "migrate.not-a-version": (
            "--to {to}：不是版本号（MAJOR.MINOR.PATCH）",
            "--to {to}: not a version (MAJOR.MINOR.PATCH)",
        ),
        "migrate.older": (
            "--to {to} 早于评估的 catalogue_version {from_version}；migrate 只能迁移到更新的版本",
            "--to {to} is older than the assessment's catalogue_version {from_version}; migrate goes forward",
        ),
        "migrate.catalogue-file-missing": (
            "评审目录文件 '{name}' 不存在",
            "catalogue file '{name}' does not exist",
        ),
        "migrate.catalogue-file-version": (
            "评审目录文件 '{name}' 的版本是 {version}，不是 {to}；自定义评审目录要先把文件更新到新版本，并为 "
            "{from_version} 之后的每个版本写一条 'changes:'，然后才能迁移",
            "catalogue file '{name}' is version {version}, not {to}; a custom catalogue is migrated after its file "
            "is updated to the new version, with a 'changes:' entry for each version since {from_version}",
        ),
        "migrate.item-mismatch": (
            "'item' 必须先改为 '{item}'（与文件名一致），才能迁移此文件",
            "'item' must be '{item}' (the file name) before the file can be migrated",
        ),
        "migrate.fix-first": (
            "迁移前必须先修正这些文件；未写入任何文件",
            "these files must be fixed before migrating; nothing was written",
        ),
        "migrate.conflicts": ("无法迁移；未写入任何文件：", "cannot migrate; nothing was written:"),
        "migrate.conflict-exists": (
            "{path} 已存在（{source} 要迁移到这里）",
            "{path} (for {source}) already exists",
        ),
        "migrate.conflict-item": (
            "{path}：第 {line} 行找不到要改写的 'item: {item}'",
            "{path}: cannot find 'item: {item}' on line {line} to rewrite",
        ),
        "migrate.cannot-rewrite-version": (
            "{path}:{line}:{column}：无法改写 catalogue_version（请把它写成一行上的普通值）",
            "{path}:{line}:{column}: cannot rewrite catalogue_version (write it as a plain value on one line)",
        ),
        "migrate.would-have-errors": (
            "迁移到 {catalogue} {version} 后评估会有错误；请先修正（未写入任何文件）",
            "after migrating to {catalogue} {version} the assessment would have errors; fix them first "
            "(nothing was written)",
        ),
    }
)

# --- import: reading a workbook or CSV file back (importing, importrows, importxlsx, importcsv) -------------
# {noun} is import.noun-workbook or import.noun-csv; in Chinese it always follows a Chinese character, and the
# CSV noun starts with a space (中文与 CSV 之间留空格).

MESSAGES.update(
    {
        "import.noun-workbook": ("工作簿", "workbook"),
        "import.noun-csv": (" CSV 文件", "CSV file"),
        "import.conflict-both": (
            "{item} 的 {name} 在导出后同时在{noun}和回复文件中被修改；请手工编辑回复文件，或重新导出{noun}并把答案"
            "填入其中",
            "{name} of {item} was changed both in the {noun} and in its response file since the export; edit the "
            "response file by hand, or export a new {noun} and copy the answer into it",
        ),
        "import.conflict-cells": (
            "此处的 '{cell}' 与 {ref} 中的 '{other}' 是 {item} 的 {name} 的两个不同答案；只编辑其中一处，或让两者一致",
            "'{cell}' here and '{other}' in {ref} are different answers for the {name} of {item}; edit only one of "
            "the two, or make them agree",
        ),
        "import.na-without-reason": (
            "状态为不适用，但不适用理由为空；请说明该条目为何不适用",
            "status is N/A but the N/A reason is empty; say why the item does not apply",
        ),
        "import.evidence-outside": (
            "证据引用 '{ref}' 在解析链接后指向评估文件夹之外",
            "evidence ref '{ref}' leaves the assessment folder after resolving links",
        ),
        "import.kept": (
            "自此{noun}导出后，回复文件中有 {count} 个答案被修改，而{noun}中没有改动它们；回复文件保留这些答案",
            "{count} answer(s) changed in the response files since this {noun} was exported and were not edited in "
            "it; the files keep them",
        ),
        "import.problems": (
            "{path}：在{noun}中发现 {count} 个问题；未写入任何文件",
            "{path}: {count} problem(s) in the {noun}; nothing was written",
        ),
        "import.cannot-update": (
            "{path}：无法更新此文件（{reason}）；未写入任何文件",
            "{path}: cannot update this file ({reason}); nothing was written",
        ),
        "import.nothing-written": ("{path}：未写入任何文件", "{path}: nothing was written"),
        "import.cannot-update-file": ("无法更新此文件：{reason}", "cannot update this file: {reason}"),
        "import.other-catalogue": (
            "此{noun}属于评审目录 '{catalogue}' {version}，但 {folder} 使用的是 '{ours}' {our_version}；请从此文件夹"
            "重新导出{noun}",
            "this {noun} is for catalogue '{catalogue}' {version}, but {folder} uses '{ours}' {our_version}; export "
            "a {noun} from this folder instead",
        ),
        "import.other-version": (
            "此{noun}是按 {catalogue} {version} 导出的，但 {folder} 使用的是 {our_version}；请运行 'cc-assess migrate' "
            "让两者使用同一评审目录版本（版本为 {version} 的文件夹用 'cc-assess migrate FOLDER --to {our_version}' "
            "迁移），然后重新导出{noun}",
            "this {noun} was exported for {catalogue} {version}, but {folder} uses {our_version}; run 'cc-assess "
            "migrate' so that both use the same catalogue version (migrate a folder at {version} with 'cc-assess "
            "migrate FOLDER --to {our_version}'), then export a new {noun}",
        ),
        "import.refused-version": (
            "{path}：拒绝导入此{noun}：评审目录版本不一致",
            "{path}: {noun} refused: catalogue version mismatch",
        ),
        "import.refused-catalogue": (
            "{path}：拒绝导入此{noun}：评审目录不同",
            "{path}: {noun} refused: other catalogue",
        ),
        "import.not-a-workbook": (
            "不是 cc-assess 工作簿（没有 _meta 工作表）；import 读取由 'cc-assess export' 生成的工作簿",
            "not a cc-assess workbook (it has no _meta sheet); import reads workbooks made by 'cc-assess export'",
        ),
        "import.no-format": (
            "_meta 工作表没有写明格式 {format}；这不是由 'cc-assess export' 生成的工作簿",
            "the _meta sheet does not name the format {format}; this is not a workbook made by 'cc-assess export'",
        ),
        "import.no-sheet": (
            "没有工作表 {sheet}；其中的条目保持不变",
            "no sheet {sheet}; its items are left as they are",
        ),
        "import.no-item-column": (
            "第 1 行没有条目编号列（表头 条目 / Item）",
            "no item id column (header 条目 / Item) in row 1",
        ),
        "import.no-column": ("没有 {column} 列；该答案保持不变", "no {column} column; that answer is left as it is"),
        "import.row-without-item": ("这一行有答案，但没有条目编号", "a row with answers but no item id"),
        "import.not-in-catalogue": (
            "条目 '{item}' 不在评审目录 {catalogue} {version} 中",
            "item '{item}' is not in catalogue {catalogue} {version}",
        ),
        "import.wrong-sheet": ("条目 '{item}' 应在工作表 {sheet} 中", "item '{item}' belongs on sheet {sheet}"),
        "import.second-row": (
            "{item} 出现了第二行（第一行在 {first}）",
            "a second row for {item} (the first is {first})",
        ),
        "import.second-row-csv": (
            "{item} 出现了第二行（第一行在第 {first} 行）",
            "a second row for {item} (the first is row {first})",
        ),
        "import.no-row": ("没有 {item} 的行；该条目保持不变", "no row for {item}; it is left as it is"),
        "import.csv-no-item": (
            "不是由 'cc-assess export' 生成的 CSV 文件（第 1 行没有 item 列）；import 读取由 'cc-assess export' "
            "生成的工作簿和 CSV 文件",
            "not a CSV file made by 'cc-assess export' (row 1 has no item column); import reads workbooks and CSV "
            "files made by 'cc-assess export'",
        ),
        "import.csv-no-catalogue-columns": (
            "此 CSV 文件没有写明它是为哪个评审目录导出的（第 1 行没有 catalogue 和 catalogue_version 列）；请用 "
            "'cc-assess export --format csv' 重新导出",
            "this CSV file does not say which catalogue it was exported for (row 1 has no catalogue and "
            "catalogue_version columns); export it again with 'cc-assess export --format csv'",
        ),
        "import.csv-no-catalogue-cells": (
            "此 CSV 文件没有写明它是为哪个评审目录导出的（catalogue 和 catalogue_version 单元格都是空的）；请用 "
            "'cc-assess export --format csv' 重新导出",
            "this CSV file does not say which catalogue it was exported for (its catalogue and catalogue_version "
            "cells are empty); export it again with 'cc-assess export --format csv'",
        ),
        "import.csv-no-digest-column": (
            "没有 export_digest 列：凡与回复文件不同的答案都会被采用，即使回复文件在导出后已被修改",
            "no export_digest column: every answer that differs from its response file is taken, even where the "
            "file changed since the export",
        ),
        "import.csv-digest-changed": (
            "此单元格与导出时不同：这一行中凡与回复文件不同的答案都会被采用，即使回复文件在导出后已被修改",
            "this cell is not as exported: every answer of this row that differs from its response file is taken, "
            "even where the file changed since the export",
        ),
    }
)
