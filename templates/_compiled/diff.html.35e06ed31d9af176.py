from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'diff.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_lang = resolve('lang')
    l_0_version = resolve('version')
    l_0_heading = resolve('heading')
    l_0_w = resolve('w')
    l_0_d = resolve('d')
    l_0_one = resolve('one')
    l_0_tone = resolve('tone')
    l_0_signed = resolve('signed')
    l_0_counts = resolve('counts')
    l_0_chart = resolve('chart')
    l_0_groups = resolve('groups')
    l_0_page = resolve('page')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(environment.finalize(context, ('en' if ((undefined(name='lang') if l_0_lang is missing else l_0_lang) == 'en') else 'zh-CN')))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:; base-uri \'none\'; form-action \'none\'">\n<meta name="generator" content="cc-assess '
    yield escape(environment.finalize(context, (undefined(name='version') if l_0_version is missing else l_0_version)))
    yield '">\n<title>'
    yield escape(environment.finalize(context, (undefined(name='heading') if l_0_heading is missing else l_0_heading)))
    yield ' · '
    yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'title')))
    yield ': '
    yield escape(environment.finalize(context, environment.getattr(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'old'), 'label')))
    yield ' → '
    yield escape(environment.finalize(context, environment.getattr(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'new'), 'label')))
    yield '</title>\n<style>\n'
    template = environment.get_template('partials/report.css', 'diff.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '</style>\n</head>\n<body>\n<main>\n<section class="sheet page">\n  <div class="band">\n    <div class="std">'
    yield escape(environment.finalize(context, environment.getattr(environment.getattr(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'new'), 'catalogue'), 'id')))
    yield ' '
    yield escape(environment.finalize(context, environment.getattr(environment.getattr(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'new'), 'catalogue'), 'version')))
    if (environment.getattr(environment.getattr(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'old'), 'catalogue'), 'version') != environment.getattr(environment.getattr(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'new'), 'catalogue'), 'version')):
        pass
        yield ' ('
        yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'catalogue')))
        yield ': '
        yield escape(environment.finalize(context, environment.getattr(environment.getattr(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'old'), 'catalogue'), 'version')))
        yield ' → '
        yield escape(environment.finalize(context, environment.getattr(environment.getattr(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'new'), 'catalogue'), 'version')))
        yield ')'
    yield '</div>\n    <h1>'
    yield escape(environment.finalize(context, (undefined(name='heading') if l_0_heading is missing else l_0_heading)))
    yield '</h1>\n    <div class="catalogue-title">'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'title')))
    yield ': '
    yield escape(environment.finalize(context, environment.getattr(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'old'), 'label')))
    yield ' → '
    yield escape(environment.finalize(context, environment.getattr(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'new'), 'label')))
    yield '</div>\n  </div>\n\n  <div class="kpis">\n    <div class="kpi"><div class="label">'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'overall')))
    yield ' · '
    yield escape(environment.finalize(context, environment.getattr(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'old'), 'label')))
    yield '</div><div class="value">'
    yield escape(environment.finalize(context, context.call((undefined(name='one') if l_0_one is missing else l_0_one), environment.getattr(environment.getattr(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'old'), 'result'), 'score'))))
    yield '</div></div>\n    <div class="kpi"><div class="label">'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'overall')))
    yield ' · '
    yield escape(environment.finalize(context, environment.getattr(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'new'), 'label')))
    yield '</div><div class="value">'
    yield escape(environment.finalize(context, context.call((undefined(name='one') if l_0_one is missing else l_0_one), environment.getattr(environment.getattr(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'new'), 'result'), 'score'))))
    yield '</div></div>\n    <div class="kpi delta '
    yield escape(environment.finalize(context, context.call((undefined(name='tone') if l_0_tone is missing else l_0_tone), environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'overall_delta'))))
    yield '"><div class="label">'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'delta')))
    yield '</div><div class="value">'
    yield escape(environment.finalize(context, context.call((undefined(name='signed') if l_0_signed is missing else l_0_signed), environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'overall_delta'))))
    yield '</div></div>\n  </div>\n  <p class="changes">'
    t_2 = 1
    for (l_1_label, l_1_n, l_1_change) in (undefined(name='counts') if l_0_counts is missing else l_0_counts):
        _loop_vars = {}
        pass
        yield '<span class="badge change-'
        yield escape(environment.finalize(context, l_1_change))
        yield '">'
        yield escape(environment.finalize(context, l_1_label))
        yield ' '
        yield escape(environment.finalize(context, l_1_n))
        yield '</span> '
        t_2 = 0
    l_1_label = l_1_n = l_1_change = missing
    if t_2:
        pass
        yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'no_changes')))
    yield '</p>\n\n  <figure>\n    '
    yield escape(environment.finalize(context, (undefined(name='chart') if l_0_chart is missing else l_0_chart)))
    yield '\n  </figure>\n\n  <table class="data">\n    <thead><tr><th>'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'domain')))
    yield '</th><th class="n">'
    yield escape(environment.finalize(context, environment.getattr(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'old'), 'label')))
    yield '</th><th class="n">'
    yield escape(environment.finalize(context, environment.getattr(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'new'), 'label')))
    yield '</th><th class="n">'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'delta')))
    yield '</th><th>'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'movers')))
    yield '</th></tr></thead>\n    <tbody>\n'
    l_1_loop = missing
    for l_1_dom, l_1_loop in LoopContext(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'domains'), undefined):
        l_1_titles = resolve('titles')
        _loop_vars = {}
        pass
        yield '      <tr><td><b>'
        yield escape(environment.finalize(context, environment.getattr(l_1_dom, 'id')))
        yield '</b> '
        yield escape(environment.finalize(context, context.call(environment.getattr((undefined(name='titles') if l_1_titles is missing else l_1_titles), 'get'), environment.getattr(l_1_dom, 'id'), '', _loop_vars=_loop_vars)))
        yield '</td><td class="n">'
        yield escape(environment.finalize(context, context.call((undefined(name='one') if l_0_one is missing else l_0_one), environment.getattr(l_1_dom, 'old'), _loop_vars=_loop_vars)))
        yield '</td><td class="n">'
        yield escape(environment.finalize(context, context.call((undefined(name='one') if l_0_one is missing else l_0_one), environment.getattr(l_1_dom, 'new'), _loop_vars=_loop_vars)))
        yield '</td><td class="n delta '
        yield escape(environment.finalize(context, context.call((undefined(name='tone') if l_0_tone is missing else l_0_tone), environment.getattr(l_1_dom, 'delta'), _loop_vars=_loop_vars)))
        yield '">'
        yield escape(environment.finalize(context, context.call((undefined(name='signed') if l_0_signed is missing else l_0_signed), environment.getattr(l_1_dom, 'delta'), _loop_vars=_loop_vars)))
        yield '</td><td class="small">'
        l_2_loop = missing
        for l_2_m, l_2_loop in LoopContext(environment.getattr(l_1_dom, 'movers'), undefined):
            _loop_vars = {}
            pass
            yield escape(environment.finalize(context, environment.getattr(l_2_m, 'item')))
            yield ' ('
            yield escape(environment.finalize(context, context.call((undefined(name='signed') if l_0_signed is missing else l_0_signed), environment.getattr(l_2_m, 'impact'), _loop_vars=_loop_vars)))
            yield ')'
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                yield ', '
        l_2_loop = l_2_m = missing
        yield '</td></tr>\n'
    l_1_loop = l_1_dom = l_1_titles = missing
    yield '    </tbody>\n    <tfoot><tr><td>'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'overall')))
    yield '</td><td class="n">'
    yield escape(environment.finalize(context, context.call((undefined(name='one') if l_0_one is missing else l_0_one), environment.getattr(environment.getattr(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'old'), 'result'), 'score'))))
    yield '</td><td class="n">'
    yield escape(environment.finalize(context, context.call((undefined(name='one') if l_0_one is missing else l_0_one), environment.getattr(environment.getattr(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'new'), 'result'), 'score'))))
    yield '</td><td class="n delta '
    yield escape(environment.finalize(context, context.call((undefined(name='tone') if l_0_tone is missing else l_0_tone), environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'overall_delta'))))
    yield '">'
    yield escape(environment.finalize(context, context.call((undefined(name='signed') if l_0_signed is missing else l_0_signed), environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'overall_delta'))))
    yield '</td><td></td></tr></tfoot>\n  </table>\n</section>\n\n'
    if ((((undefined(name='groups') if l_0_groups is missing else l_0_groups) or environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'remapped')) or environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'opened')) or environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'closed')):
        pass
        yield '<section class="sheet">\n'
        for (l_1_change, l_1_label, l_1_rows) in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
            _loop_vars = {}
            pass
            yield '  <h2>'
            yield escape(environment.finalize(context, l_1_label))
            yield ' <span class="muted">('
            yield escape(environment.finalize(context, t_1(l_1_rows)))
            yield ')</span></h2>\n  <table class="data">\n    <thead><tr><th>'
            yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'item')))
            yield '</th><th>'
            yield escape(environment.finalize(context, environment.getattr(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'old'), 'label')))
            yield '</th><th>'
            yield escape(environment.finalize(context, environment.getattr(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'new'), 'label')))
            yield '</th><th class="n">'
            yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'delta')))
            yield '</th></tr></thead>\n    <tbody>\n'
            for l_2_row in l_1_rows:
                _loop_vars = {}
                pass
                yield '      <tr><td><b>'
                yield escape(environment.finalize(context, environment.getattr(l_2_row, 'label')))
                yield '</b> '
                yield escape(environment.finalize(context, environment.getattr(l_2_row, 'title')))
                yield '</td><td>'
                yield escape(environment.finalize(context, environment.getattr(l_2_row, 'old')))
                yield '</td><td>'
                yield escape(environment.finalize(context, environment.getattr(l_2_row, 'new')))
                yield '</td><td class="n delta '
                yield escape(environment.finalize(context, environment.getattr(l_2_row, 'tone')))
                yield '">'
                yield escape(environment.finalize(context, environment.getattr(l_2_row, 'impact')))
                yield '</td></tr>\n'
            l_2_row = missing
            yield '    </tbody>\n  </table>\n'
        l_1_change = l_1_label = l_1_rows = missing
        if environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'remapped'):
            pass
            yield '  <h2>'
            yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'remapped')))
            yield '</h2>\n  <ul>'
            for (l_1_o, l_1_n, l_1_v) in environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'remapped'):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(environment.finalize(context, l_1_o))
                yield ' → '
                yield escape(environment.finalize(context, l_1_n))
                yield ' ('
                yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'renamed_in')))
                yield ' '
                yield escape(environment.finalize(context, l_1_v))
                yield ')</li>'
            l_1_o = l_1_n = l_1_v = missing
            yield '</ul>\n'
        if (environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'opened') or environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'closed')):
            pass
            yield '  <h2>'
            yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'actions')))
            yield ': '
            yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'opened')))
            yield ' '
            yield escape(environment.finalize(context, t_1(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'opened'))))
            yield ', '
            yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'closed')))
            yield ' '
            yield escape(environment.finalize(context, t_1(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'closed'))))
            yield '</h2>\n  <table class="data">\n    <thead><tr><th></th><th>'
            yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'item')))
            yield '</th><th>'
            yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'action')))
            yield '</th><th>'
            yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'owner')))
            yield '</th><th>'
            yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'due')))
            yield '</th><th>'
            yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'status')))
            yield '</th></tr></thead>\n    <tbody>\n'
            for (l_1_kind, l_1_group) in (('opened', environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'opened')), ('closed', environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'closed'))):
                _loop_vars = {}
                pass
                for l_2_a in l_1_group:
                    _loop_vars = {}
                    pass
                    yield '      <tr><td>'
                    yield escape(environment.finalize(context, environment.getitem((undefined(name='w') if l_0_w is missing else l_0_w), l_1_kind)))
                    yield '</td><td class="id">'
                    yield escape(environment.finalize(context, environment.getattr(l_2_a, 'item')))
                    yield '</td><td><b>'
                    yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_a, 'action'), 'id')))
                    yield '</b> '
                    yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_a, 'action'), 'description')))
                    yield '</td><td>'
                    yield escape(environment.finalize(context, (environment.getattr(environment.getattr(l_2_a, 'action'), 'owner') or '')))
                    yield '</td><td class="n">'
                    yield escape(environment.finalize(context, (environment.getattr(environment.getattr(l_2_a, 'action'), 'due') or '')))
                    yield '</td><td>'
                    yield escape(environment.finalize(context, (environment.getattr(l_2_a, 'old_status') or '—')))
                    yield ' → '
                    yield escape(environment.finalize(context, (environment.getattr(l_2_a, 'new_status') or '—')))
                    yield '</td></tr>\n'
                l_2_a = missing
            l_1_kind = l_1_group = missing
            yield '    </tbody>\n  </table>\n'
        yield '</section>\n'
    yield '</main>\n<footer class="end">'
    yield escape(environment.finalize(context, context.call(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'generated_by'), 'format'), version=(undefined(name='version') if l_0_version is missing else l_0_version))))
    yield '</footer>\n</body>\n</html>\n'

blocks = {}
debug_info = '3=30&8=32&9=34&11=42&18=49&19=62&20=64&24=70&25=76&26=82&28=89&31=105&35=107&37=118&38=123&41=150&45=160&47=163&48=167&50=171&52=179&53=183&58=198&59=201&60=203&62=217&63=220&65=230&67=240&68=247&76=268'
# cc-assess: compiled by python -m cc_assess.render; do not edit. compiler: {"async": false, "autoescape": true, "extensions": [], "filters": {"abs": "", "attr": "_PassArg.environment", "batch": "", "capitalize": "", "center": "", "code": "", "count": "", "d": "", "default": "", "dictsort": "", "e": "", "escape": "", "filesizeformat": "", "findings_html": "", "findings_md": "", "first": "_PassArg.environment", "float": "", "forceescape": "", "format": "", "gap": "", "groupby": "_PassArg.environment", "indent": "", "int": "", "items": "", "join": "_PassArg.eval_context", "last": "_PassArg.environment", "length": "", "list": "_PassArg.eval_context", "lower": "", "map": "_PassArg.context", "max": "_PassArg.environment", "min": "_PassArg.environment", "num": "", "one": "", "pprint": "", "random": "_PassArg.context", "reject": "_PassArg.context", "rejectattr": "_PassArg.context", "replace": "_PassArg.eval_context", "reverse": "", "round": "", "safe": "", "select": "_PassArg.context", "selectattr": "_PassArg.context", "slice": "_PassArg.eval_context", "sort": "_PassArg.environment", "string": "", "striptags": "", "sum": "_PassArg.environment", "title": "", "tojson": "_PassArg.eval_context", "trim": "", "truncate": "_PassArg.environment", "unique": "_PassArg.environment", "upper": "", "urlencode": "", "urlize": "_PassArg.eval_context", "wordcount": "", "wordwrap": "_PassArg.environment", "xmlattr": "_PassArg.eval_context"}, "finalize": "_PassArg.context", "jinja2": "3.1.6", "optimized": true, "syntax": ["{%", "%}", "{{", "}}", "{#", "#}", null, null, true, true, "\n", true], "tests": {"!=": "", "<": "", "<=": "", "==": "", ">": "", ">=": "", "boolean": "", "callable": "", "defined": "", "divisibleby": "", "eq": "", "equalto": "", "escaped": "", "even": "", "false": "", "filter": "_PassArg.environment", "float": "", "ge": "", "greaterthan": "", "gt": "", "in": "", "integer": "", "iterable": "", "le": "", "lessthan": "", "lower": "", "lt": "", "mapping": "", "ne": "", "none": "", "number": "", "odd": "", "sameas": "", "sequence": "", "string": "", "test": "_PassArg.environment", "true": "", "undefined": "", "upper": ""}}
