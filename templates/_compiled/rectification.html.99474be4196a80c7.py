from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'rectification.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_r = resolve('r')
    l_0_m = l_0_x = missing
    pass
    l_0_m = context.vars['m'] = environment.get_template('partials/macros.html.j2', 'rectification.html.j2').make_module(context.get_all(), True, {'m': l_0_m, 'x': l_0_x})
    context.exported_vars.discard('m')
    l_0_x = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rectification')
    context.vars['x'] = l_0_x
    context.exported_vars.add('x')
    yield from context.blocks['head'][0](context)
    yield '<body>\n<main>\n'
    yield from context.blocks['cover'][0](context)
    yield '\n<section class="sheet">\n'
    yield from context.blocks['toc'][0](context)
    yield from context.blocks['summary'][0](context)
    yield from context.blocks['details'][0](context)
    yield '</section>\n</main>\n'
    yield from context.blocks['footer'][0](context)
    yield '</body>\n</html>\n'

def block_head(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_m = resolve('m')
    l_0_r = resolve('r')
    l_0_t = resolve('t')
    pass
    yield escape(environment.finalize(context, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'head'), (undefined(name='r') if l_0_r is missing else l_0_r), context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rectification_title', _block_vars=_block_vars), _block_vars=_block_vars)))

def block_cover(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_m = resolve('m')
    l_0_r = resolve('r')
    l_0_t = resolve('t')
    pass
    yield escape(environment.finalize(context, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cover'), (undefined(name='r') if l_0_r is missing else l_0_r), context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rectification_title', _block_vars=_block_vars), _block_vars=_block_vars)))

def block_toc(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_x = resolve('x')
    pass
    yield '<nav class="toc" id="contents">\n  <h2>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'contents', _block_vars=_block_vars)))
    yield '</h2>\n  <ol class="toc">\n    <li><a href="#rect-summary"><span class="num">1</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_summary', _block_vars=_block_vars)))
    yield '</a></li>\n    <li><a href="#rect-details"><span class="num">2</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_details', _block_vars=_block_vars)))
    yield '</a>\n      <ol>'
    l_1_loop = missing
    for l_1_i, l_1_loop in LoopContext(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), undefined):
        l_1_tx = resolve('tx')
        _loop_vars = {}
        pass
        yield '<li><a href="#item-'
        yield escape(environment.finalize(context, environment.getattr(l_1_i, 'id')))
        yield '"><span class="num">2.'
        yield escape(environment.finalize(context, environment.getattr(l_1_loop, 'index')))
        yield '</span>'
        yield escape(environment.finalize(context, environment.getattr(l_1_i, 'id')))
        yield ' '
        yield escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_i, 'title'), _loop_vars=_loop_vars)))
        yield '</a></li>'
    l_1_loop = l_1_i = l_1_tx = missing
    yield '</ol>\n    </li>\n  </ol>\n</nav>\n'

def block_summary(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_r = resolve('r')
    l_0_x = resolve('x')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '  <h2 id="rect-summary"><span class="num">1</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_summary', _block_vars=_block_vars)))
    yield '</h2>\n  <p class="small muted">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_as_of', today=environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'today'), _block_vars=_block_vars)))
    yield '</p>\n  <div class="kpis">\n    <div class="kpi"><div class="label">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_items', _block_vars=_block_vars)))
    yield '</div><div class="value">'
    yield escape(environment.finalize(context, t_2(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'))))
    yield '</div></div>\n    <div class="kpi"><div class="label">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_closed', _block_vars=_block_vars)))
    yield '</div><div class="value">'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'closed')))
    yield ' <small>/ '
    yield escape(environment.finalize(context, environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'actions')))
    yield '</small></div></div>\n    <div class="kpi"><div class="label">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_open', _block_vars=_block_vars)))
    yield '</div><div class="value">'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'open')))
    yield '</div></div>\n    <div class="kpi verdict '
    yield escape(environment.finalize(context, ('poor' if environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'overdue') else 'good')))
    yield '"><div class="label">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_overdue', _block_vars=_block_vars)))
    yield '</div><div class="value">'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'overdue')))
    yield '</div></div>\n  </div>\n'
    if environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'without_action'):
        pass
        yield '  <p class="note">'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_without_action', _block_vars=_block_vars)))
        yield ': <b>'
        yield escape(environment.finalize(context, t_1(context.eval_ctx, environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'without_action'), ', ')))
        yield '</b></p>\n'
    yield '\n'

def block_details(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_x = resolve('x')
    try:
        t_3 = environment.filters['findings_html']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'findings_html' found.")
    pass
    yield '  <h2 id="rect-details"><span class="num">2</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_details', _block_vars=_block_vars)))
    yield '</h2>\n'
    l_1_loop = missing
    t_4 = 1
    for l_1_i, l_1_loop in LoopContext(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), undefined):
        l_1_m = resolve('m')
        l_1_tx = resolve('tx')
        _loop_vars = {}
        pass
        yield '  <div class="finding item-detail" id="item-'
        yield escape(environment.finalize(context, environment.getattr(l_1_i, 'id')))
        yield '">\n    <h3><span class="num">2.'
        yield escape(environment.finalize(context, environment.getattr(l_1_loop, 'index')))
        yield '</span>'
        yield escape(environment.finalize(context, context.call(environment.getattr((undefined(name='m') if l_1_m is missing else l_1_m), 'item_id'), l_1_i, _loop_vars=_loop_vars)))
        yield ' '
        yield escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_i, 'title'), _loop_vars=_loop_vars)))
        yield ' '
        yield escape(environment.finalize(context, context.call(environment.getattr((undefined(name='m') if l_1_m is missing else l_1_m), 'status'), l_1_i, _loop_vars=_loop_vars)))
        yield '</h3>\n    <p class="req"><b>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'requirement', _loop_vars=_loop_vars)))
        yield ':</b> '
        yield escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_i, 'requirement'), _loop_vars=_loop_vars)))
        yield '</p>\n'
        if environment.getattr(l_1_i, 'findings'):
            pass
            yield '<p class="evidence"><b>'
            yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'findings', _loop_vars=_loop_vars)))
            yield ':</b></p><div class="body">'
            yield escape(environment.finalize(context, t_3(environment.getattr(l_1_i, 'findings'))))
            yield '</div>'
        if environment.getattr(l_1_i, 'evidence'):
            pass
            yield '    <p class="evidence"><b>'
            yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'evidence', _loop_vars=_loop_vars)))
            yield ':</b></p>\n    <ul class="evidence">\n'
            for l_2_e in environment.getattr(l_1_i, 'evidence'):
                _loop_vars = {}
                pass
                yield '<li'
                if environment.getattr(l_2_e, 'expired'):
                    pass
                    yield ' class="expired"'
                yield '>'
                yield escape(environment.finalize(context, context.call(environment.getattr((undefined(name='m') if l_1_m is missing else l_1_m), 'evidence_ref'), l_2_e, _loop_vars=_loop_vars)))
                if environment.getattr(l_2_e, 'note'):
                    pass
                    yield ' — '
                    yield escape(environment.finalize(context, environment.getattr(l_2_e, 'note')))
                yield '</li>'
            l_2_e = missing
            yield '    </ul>\n'
        if environment.getattr(l_1_i, 'actions'):
            pass
            yield '    <table class="data">\n      <thead><tr><th>'
            yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'action', _loop_vars=_loop_vars)))
            yield '</th><th>'
            yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'owner', _loop_vars=_loop_vars)))
            yield '</th><th>'
            yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'due', _loop_vars=_loop_vars)))
            yield '</th><th>'
            yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'status', _loop_vars=_loop_vars)))
            yield '</th><th>'
            yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'closed_on', _loop_vars=_loop_vars)))
            yield '</th><th>'
            yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'closure_evidence', _loop_vars=_loop_vars)))
            yield '</th></tr></thead>\n      <tbody>\n'
            l_2_loop = missing
            for l_2_row, l_2_loop in LoopContext(environment.getattr(l_1_i, 'actions'), undefined):
                _loop_vars = {}
                pass
                yield '        <tr'
                if environment.getattr(l_2_row, 'overdue'):
                    pass
                    yield ' class="overdue"'
                yield '>\n          <td><b>'
                yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'id')))
                yield '</b> '
                yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'description')))
                yield '</td>\n          <td>'
                if environment.getattr(environment.getattr(l_2_row, 'action'), 'owner'):
                    pass
                    yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'owner')))
                else:
                    pass
                    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'unassigned', _loop_vars=_loop_vars)))
                yield '</td>\n          <td class="n">'
                if environment.getattr(environment.getattr(l_2_row, 'action'), 'due'):
                    pass
                    yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'due')))
                else:
                    pass
                    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'no_due', _loop_vars=_loop_vars)))
                yield '</td>\n          <td>'
                yield escape(environment.finalize(context, context.call(environment.getattr((undefined(name='m') if l_1_m is missing else l_1_m), 'action_status'), l_2_row, _loop_vars=_loop_vars)))
                yield '</td>\n          <td class="n">'
                if environment.getattr(environment.getattr(l_2_row, 'action'), 'closed_on'):
                    pass
                    yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'closed_on')))
                yield '</td>\n          <td>'
                l_3_loop = missing
                for l_3_ev, l_3_loop in LoopContext(environment.getattr(environment.getattr(l_2_row, 'action'), 'evidence'), undefined):
                    _loop_vars = {}
                    pass
                    yield '<code>'
                    yield escape(environment.finalize(context, l_3_ev))
                    yield '</code>'
                    if (not environment.getattr(l_3_loop, 'last')):
                        pass
                        yield '<br>'
                l_3_loop = l_3_ev = missing
                yield '</td>\n        </tr>\n'
            l_2_loop = l_2_row = missing
            yield '      </tbody>\n    </table>\n'
        else:
            pass
            yield '    <p class="flag">'
            yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'no_actions', _loop_vars=_loop_vars)))
            yield '</p>\n'
        yield '  </div>\n'
        t_4 = 0
    l_1_loop = l_1_i = l_1_m = l_1_tx = missing
    if t_4:
        pass
        yield '  <p>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_no_items')))
        yield '</p>\n'

def block_footer(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_r = resolve('r')
    pass
    yield '<footer class="end">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'generated_by', version=environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'version'), _block_vars=_block_vars)))
    yield '</footer>'

blocks = {'head': block_head, 'cover': block_cover, 'toc': block_toc, 'summary': block_summary, 'details': block_details, 'footer': block_footer}
debug_info = '2=13&3=15&4=18&7=20&10=22&21=23&35=24&74=26&4=29&7=42&10=55&12=66&14=68&15=70&16=73&21=89&22=113&23=115&25=117&26=121&27=127&28=131&30=137&31=140&35=146&36=163&37=167&38=173&39=175&40=183&41=187&42=194&43=197&45=199&48=215&50=218&52=231&53=235&54=239&55=243&56=250&57=257&58=259&59=264&65=280&69=288&74=291'
# cc-assess: compiled by python -m cc_assess.render; do not edit. compiler: {"async": false, "autoescape": true, "extensions": [], "filters": {"abs": "", "attr": "_PassArg.environment", "batch": "", "capitalize": "", "center": "", "code": "", "count": "", "d": "", "default": "", "dictsort": "", "e": "", "escape": "", "filesizeformat": "", "findings_html": "", "findings_md": "", "first": "_PassArg.environment", "float": "", "forceescape": "", "format": "", "gap": "", "groupby": "_PassArg.environment", "indent": "", "int": "", "items": "", "join": "_PassArg.eval_context", "last": "_PassArg.environment", "length": "", "list": "_PassArg.eval_context", "lower": "", "map": "_PassArg.context", "max": "_PassArg.environment", "min": "_PassArg.environment", "num": "", "one": "", "pprint": "", "random": "_PassArg.context", "reject": "_PassArg.context", "rejectattr": "_PassArg.context", "replace": "_PassArg.eval_context", "reverse": "", "round": "", "safe": "", "select": "_PassArg.context", "selectattr": "_PassArg.context", "slice": "_PassArg.eval_context", "sort": "_PassArg.environment", "string": "", "striptags": "", "sum": "_PassArg.environment", "title": "", "tojson": "_PassArg.eval_context", "trim": "", "truncate": "_PassArg.environment", "unique": "_PassArg.environment", "upper": "", "urlencode": "", "urlize": "_PassArg.eval_context", "wordcount": "", "wordwrap": "_PassArg.environment", "xmlattr": "_PassArg.eval_context"}, "finalize": "_PassArg.context", "jinja2": "3.1.6", "optimized": true, "syntax": ["{%", "%}", "{{", "}}", "{#", "#}", null, null, true, true, "\n", true], "tests": {"!=": "", "<": "", "<=": "", "==": "", ">": "", ">=": "", "boolean": "", "callable": "", "defined": "", "divisibleby": "", "eq": "", "equalto": "", "escaped": "", "even": "", "false": "", "filter": "_PassArg.environment", "float": "", "ge": "", "greaterthan": "", "gt": "", "in": "", "integer": "", "iterable": "", "le": "", "lessthan": "", "lower": "", "lt": "", "mapping": "", "ne": "", "none": "", "number": "", "odd": "", "sameas": "", "sequence": "", "string": "", "test": "_PassArg.environment", "true": "", "undefined": "", "upper": ""}}
