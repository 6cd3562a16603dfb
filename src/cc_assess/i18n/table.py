"""Every sentence cc-assess prints, as ``key: (zh, en)``.

One table for the whole tool.  Keys are dotted slugs (``area.what``); values are ``str.format`` templates whose
placeholders are the same in both languages (a test checks it).  Each area keeps its own section below, so
that work on one area does not touch the lines of another.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {}

# --- core: diagnostics, errors, summaries, help -----------------------------------------------------------

MESSAGES.update({})

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

MESSAGES.update({})

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
            "集团汇总：portfolio.yaml 中各场所的得分、分组与总体得分、各场所的关键项未通过、分歧最大的条目、"
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
            "输出语言（默认：portfolio.yaml 的 language，否则工具语言）。",
            "Language of the output (default: language: of portfolio.yaml, else the tool's language).",
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
        "portfolio.no_previous": ("没有场所给出 previous。", "No site gives a previous assessment."),
        "portfolio.generated_by": ("由 cc-assess {version} 生成", "Generated by cc-assess {version}"),
        "portfolio.sites_count": ("场所数", "Sites"),
        "portfolio.overall_score": ("集团总体得分", "Overall score"),
        "portfolio.ready_count": ("就绪场所", "Sites ready"),
    }
)

# --- local web editor ----------------------------------------------------------------------------------------

MESSAGES.update({})

# --- benchmarks and performance ------------------------------------------------------------------------------

MESSAGES.update({})
