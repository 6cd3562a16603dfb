from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'history.html.j2'

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
    l_0_h = resolve('h')
    l_0_heads = resolve('heads')
    l_0_rows = resolve('rows')
    l_0_one = resolve('one')
    l_0_tone = resolve('tone')
    l_0_signed = resolve('signed')
    l_0_overall = resolve('overall')
    l_0_page = resolve('page')
    l_0_small = resolve('small')
    l_0_name = l_0_values = l_0_change = missing
    try:
        t_1 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'first' found.")
    try:
        t_2 = environment.filters['last']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'last' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(environment.finalize(context, ('en' if ((undefined(name='lang') if l_0_lang is missing else l_0_lang) == 'en') else 'zh-CN')))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:; base-uri \'none\'; form-action \'none\'">\n<meta name="generator" content="cc-assess '
    yield escape(environment.finalize(context, (undefined(name='version') if l_0_version is missing else l_0_version)))
    yield '">\n<title>'
    yield escape(environment.finalize(context, (undefined(name='heading') if l_0_heading is missing else l_0_heading)))
    yield ' · '
    yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'title')))
    yield '</title>\n<style>\n'
    template = environment.get_template('partials/report.css', 'history.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'change': l_0_change, 'name': l_0_name, 'values': l_0_values}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '</style>\n</head>\n<body>\n<main>\n<section class="sheet page">\n  <div class="band">\n    <div class="std">'
    yield escape(environment.finalize(context, (environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'folder') or '.')))
    yield '</div>\n    <h1>'
    yield escape(environment.finalize(context, (undefined(name='heading') if l_0_heading is missing else l_0_heading)))
    yield '</h1>\n    <div class="catalogue-title">'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'title')))
    yield ': '
    yield escape(environment.finalize(context, t_1(environment, (undefined(name='heads') if l_0_heads is missing else l_0_heads))))
    yield ' → '
    yield escape(environment.finalize(context, t_2(environment, (undefined(name='heads') if l_0_heads is missing else l_0_heads))))
    yield '</div>\n  </div>\n\n  <div class="kpis">\n'
    (l_0_name, l_0_values, l_0_change) = environment.getitem((undefined(name='rows') if l_0_rows is missing else l_0_rows), 0)
    context.vars.update({'change': l_0_change, 'name': l_0_name, 'values': l_0_values})
    context.exported_vars.update(('change', 'name', 'values'))
    yield '    <div class="kpi"><div class="label">'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'overall')))
    yield ' · '
    yield escape(environment.finalize(context, t_1(environment, (undefined(name='heads') if l_0_heads is missing else l_0_heads))))
    yield '</div><div class="value">'
    yield escape(environment.finalize(context, context.call((undefined(name='one') if l_0_one is missing else l_0_one), t_1(environment, (undefined(name='values') if l_0_values is missing else l_0_values)))))
    yield '</div></div>\n    <div class="kpi"><div class="label">'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'overall')))
    yield ' · '
    yield escape(environment.finalize(context, t_2(environment, (undefined(name='heads') if l_0_heads is missing else l_0_heads))))
    yield '</div><div class="value">'
    yield escape(environment.finalize(context, context.call((undefined(name='one') if l_0_one is missing else l_0_one), t_2(environment, (undefined(name='values') if l_0_values is missing else l_0_values)))))
    yield '</div></div>\n    <div class="kpi delta '
    yield escape(environment.finalize(context, context.call((undefined(name='tone') if l_0_tone is missing else l_0_tone), (undefined(name='change') if l_0_change is missing else l_0_change))))
    yield '"><div class="label">'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'change')))
    yield '</div><div class="value">'
    yield escape(environment.finalize(context, context.call((undefined(name='signed') if l_0_signed is missing else l_0_signed), (undefined(name='change') if l_0_change is missing else l_0_change))))
    yield '</div></div>\n  </div>\n\n  <figure>'
    yield escape(environment.finalize(context, (undefined(name='overall') if l_0_overall is missing else l_0_overall)))
    yield '</figure>\n\n  <h2>'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'domains')))
    yield '</h2>\n  <div class="multiples">\n'
    for (l_1_name, l_1_chart) in (undefined(name='small') if l_0_small is missing else l_0_small):
        _loop_vars = {}
        pass
        yield '    <figure>'
        yield escape(environment.finalize(context, l_1_chart))
        yield '<figcaption>'
        yield escape(environment.finalize(context, l_1_name))
        yield '</figcaption></figure>\n'
    l_1_name = l_1_chart = missing
    yield '  </div>\n</section>\n\n<section class="sheet">\n  <table class="data">\n    <thead><tr><th>'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'domain')))
    yield '</th>'
    for l_1_head in (undefined(name='heads') if l_0_heads is missing else l_0_heads):
        _loop_vars = {}
        pass
        yield '<th class="n">'
        yield escape(environment.finalize(context, l_1_head))
        yield '</th>'
    l_1_head = missing
    yield '<th class="n">'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='w') if l_0_w is missing else l_0_w), 'change')))
    yield '</th></tr></thead>\n    <tbody>\n'
    l_1_loop = missing
    for (l_1_name, l_1_values, l_1_change), l_1_loop in LoopContext((undefined(name='rows') if l_0_rows is missing else l_0_rows), undefined):
        _loop_vars = {}
        pass
        yield '      <tr'
        if environment.getattr(l_1_loop, 'first'):
            pass
            yield ' class="overall"'
        yield '><td>'
        if environment.getattr(l_1_loop, 'first'):
            pass
            yield '<b>'
            yield escape(environment.finalize(context, l_1_name))
            yield '</b>'
        else:
            pass
            yield escape(environment.finalize(context, l_1_name))
        yield '</td>'
        for l_2_v in l_1_values:
            _loop_vars = {}
            pass
            yield '<td class="n">'
            yield escape(environment.finalize(context, context.call((undefined(name='one') if l_0_one is missing else l_0_one), l_2_v, _loop_vars=_loop_vars)))
            yield '</td>'
        l_2_v = missing
        yield '<td class="n delta '
        yield escape(environment.finalize(context, context.call((undefined(name='tone') if l_0_tone is missing else l_0_tone), l_1_change, _loop_vars=_loop_vars)))
        yield '">'
        yield escape(environment.finalize(context, context.call((undefined(name='signed') if l_0_signed is missing else l_0_signed), l_1_change, _loop_vars=_loop_vars)))
        yield '</td></tr>\n'
    l_1_loop = l_1_name = l_1_values = l_1_change = missing
    yield '    </tbody>\n  </table>\n  <p class="small muted">'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'revisions')))
    yield ': '
    l_1_loop = missing
    for l_1_p, l_1_loop in LoopContext(environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'points'), undefined):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_p, 'revision'), 'rev')))
        yield ' = '
        yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_p, 'revision'), 'commit')[:12]))
        yield ' ('
        yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_p, 'revision'), 'date')))
        yield ')'
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ', '
    l_1_loop = l_1_p = missing
    yield '</p>\n</section>\n</main>\n<footer class="end">'
    yield escape(environment.finalize(context, context.call(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'generated_by'), 'format'), version=(undefined(name='version') if l_0_version is missing else l_0_version))))
    yield '</footer>\n</body>\n</html>\n'

blocks = {}
debug_info = '3=38&8=40&9=42&11=46&18=53&19=55&20=57&24=63&25=67&26=73&27=79&30=85&32=87&34=89&35=93&42=99&44=112&45=116&49=143&52=160'
# cc-assess: compiled by python -m cc_assess.render; do not edit. compiler: {"async": false, "autoescape": true, "extensions": [], "filters": {"abs": "", "attr": "_PassArg.environment", "batch": "", "capitalize": "", "center": "", "code": "", "count": "", "d": "", "default": "", "dictsort": "", "e": "", "escape": "", "filesizeformat": "", "findings_html": "", "findings_md": "", "first": "_PassArg.environment", "float": "", "forceescape": "", "format": "", "gap": "", "groupby": "_PassArg.environment", "indent": "", "int": "", "items": "", "join": "_PassArg.eval_context", "last": "_PassArg.environment", "length": "", "list": "_PassArg.eval_context", "lower": "", "map": "_PassArg.context", "max": "_PassArg.environment", "min": "_PassArg.environment", "num": "", "one": "", "pprint": "", "random": "_PassArg.context", "reject": "_PassArg.context", "rejectattr": "_PassArg.context", "replace": "_PassArg.eval_context", "reverse": "", "round": "", "safe": "", "select": "_PassArg.context", "selectattr": "_PassArg.context", "slice": "_PassArg.eval_context", "sort": "_PassArg.environment", "string": "", "striptags": "", "sum": "_PassArg.environment", "title": "", "tojson": "_PassArg.eval_context", "trim": "", "truncate": "_PassArg.environment", "unique": "_PassArg.environment", "upper": "", "urlencode": "", "urlize": "_PassArg.eval_context", "wordcount": "", "wordwrap": "_PassArg.environment", "xmlattr": "_PassArg.eval_context"}, "finalize": "_PassArg.context", "jinja2": "3.1.6", "optimized": true, "syntax": ["{%", "%}", "{{", "}}", "{#", "#}", null, null, true, true, "\n", true], "tests": {"!=": "", "<": "", "<=": "", "==": "", ">": "", ">=": "", "boolean": "", "callable": "", "defined": "", "divisibleby": "", "eq": "", "equalto": "", "escaped": "", "even": "", "false": "", "filter": "_PassArg.environment", "float": "", "ge": "", "greaterthan": "", "gt": "", "in": "", "integer": "", "iterable": "", "le": "", "lessthan": "", "lower": "", "lt": "", "mapping": "", "ne": "", "none": "", "number": "", "odd": "", "sameas": "", "sequence": "", "string": "", "test": "_PassArg.environment", "true": "", "undefined": "", "upper": ""}}
