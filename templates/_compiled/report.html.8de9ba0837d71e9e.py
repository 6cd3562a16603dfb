from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_m = missing
    pass
    l_0_m = context.vars['m'] = environment.get_template('partials/macros.html.j2', 'report.html.j2').make_module(context.get_all(), True, {'m': l_0_m})
    context.exported_vars.discard('m')
    yield from context.blocks['head'][0](context)
    yield '<body>\n<main>\n'
    yield from context.blocks['cover'][0](context)
    yield '\n'
    yield from context.blocks['toc'][0](context)
    yield '\n'
    yield from context.blocks['summary'][0](context)
    yield '\n'
    yield from context.blocks['scores'][0](context)
    yield '\n'
    yield from context.blocks['domains'][0](context)
    yield '\n<section class="sheet">\n'
    yield from context.blocks['gaps'][0](context)
    yield '\n'
    yield from context.blocks['actions'][0](context)
    yield '\n'
    yield from context.blocks['applicability'][0](context)
    yield '\n'
    yield from context.blocks['evidence'][0](context)
    yield '</section>\n\n'
    yield from context.blocks['items'][0](context)
    yield '</main>\n'
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
    yield escape(environment.finalize(context, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'head'), (undefined(name='r') if l_0_r is missing else l_0_r), context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report_title', _block_vars=_block_vars), _block_vars=_block_vars)))

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
    yield escape(environment.finalize(context, context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cover'), (undefined(name='r') if l_0_r is missing else l_0_r), context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report_title', _block_vars=_block_vars), _block_vars=_block_vars)))

def block_toc(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_r = resolve('r')
    pass
    yield '<nav class="sheet toc" id="contents">\n  <h2>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'contents', _block_vars=_block_vars)))
    yield '</h2>\n  <ol class="toc">\n    <li><a href="#summary"><span class="num">1</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'summary', _block_vars=_block_vars)))
    yield '</a></li>\n    <li><a href="#scores"><span class="num">2</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'domain_scores', _block_vars=_block_vars)))
    yield '</a></li>\n    <li><a href="#domain-'
    yield escape(environment.finalize(context, (environment.getattr(environment.getitem(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'domains'), 0), 'id') if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'domains') else '')))
    yield '"><span class="num">3</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'domain_results', _block_vars=_block_vars)))
    yield '</a>\n      <ol>\n'
    l_1_loop = missing
    for l_1_d, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'domains'), undefined):
        l_1_tx = resolve('tx')
        _loop_vars = {}
        pass
        yield '<li><a href="#domain-'
        yield escape(environment.finalize(context, environment.getattr(l_1_d, 'id')))
        yield '"><span class="num">3.'
        yield escape(environment.finalize(context, environment.getattr(l_1_loop, 'index')))
        yield '</span>'
        yield escape(environment.finalize(context, environment.getattr(l_1_d, 'id')))
        yield ' '
        yield escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_d, 'title'), _loop_vars=_loop_vars)))
        yield '</a></li>'
    l_1_loop = l_1_d = l_1_tx = missing
    yield '      </ol>\n    </li>\n    <li><a href="#gaps"><span class="num">4</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'gaps', _block_vars=_block_vars)))
    yield '</a></li>\n    <li><a href="#actions"><span class="num">5</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'action_plan', _block_vars=_block_vars)))
    yield '</a></li>\n    <li><a href="#applicability"><span class="num">6</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'applicability', _block_vars=_block_vars)))
    yield '</a></li>\n    <li><a href="#evidence"><span class="num">7</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'evidence_index', _block_vars=_block_vars)))
    yield '</a></li>\n    <li><a href="#items"><span class="num">8</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'item_details', _block_vars=_block_vars)))
    yield '</a></li>\n  </ol>\n</nav>\n'

def block_summary(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_r = resolve('r')
    l_0_tx = resolve('tx')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '<section class="sheet summary" id="summary">\n  <h2><span class="num">1</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'summary', _block_vars=_block_vars)))
    yield '</h2>\n  <div class="conclusion">\n    <h3>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'conclusion', _block_vars=_block_vars)))
    yield '</h3>\n    <p>'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'conclusion'):
        pass
        yield escape(environment.finalize(context, context.call((undefined(name='tx') if l_0_tx is missing else l_0_tx), environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'conclusion'), _block_vars=_block_vars)))
    else:
        pass
        yield escape(environment.finalize(context, (context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'ready', _block_vars=_block_vars) if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'result'), 'ready') else context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'not_ready', _block_vars=_block_vars))))
    yield '</p>\n  </div>\n  <div class="kpis">\n    <div class="kpi">\n      <div class="label">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'overall_score', _block_vars=_block_vars)))
    yield '</div>\n      <div class="value">'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'overall')))
    if (not t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'target'))):
        pass
        yield ' <small>/ '
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'target', _block_vars=_block_vars)))
        yield ' '
        yield escape(environment.finalize(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'target')))
        yield '</small>'
    yield '</div>\n'
    if t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'target')):
        pass
        yield '<div class="label">'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'no_target', _block_vars=_block_vars)))
        yield '</div>'
    yield '    </div>\n    <div class="kpi verdict '
    yield escape(environment.finalize(context, ('good' if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'result'), 'ready') else 'poor')))
    yield '">\n      <div class="label">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'verdict', _block_vars=_block_vars)))
    yield '</div>\n      <div class="value">'
    yield escape(environment.finalize(context, (context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'ready', _block_vars=_block_vars) if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'result'), 'ready') else context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'not_ready', _block_vars=_block_vars))))
    yield '</div>\n    </div>\n    <div class="kpi">\n      <div class="label">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'key_failures', _block_vars=_block_vars)))
    yield '</div>\n      <div class="value">'
    yield escape(environment.finalize(context, t_1(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'result'), 'key_failures'))))
    yield '</div>\n    </div>\n  </div>\n  <ul class="reasons">\n'
    for l_1_reason in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'reasons'):
        _loop_vars = {}
        pass
        yield '    <li>'
        yield escape(environment.finalize(context, l_1_reason))
        yield '</li>\n'
    l_1_reason = missing
    yield '  </ul>\n  <p class="note">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'verdict_note', _block_vars=_block_vars)))
    yield '</p><h3>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'key_failures', _block_vars=_block_vars)))
    yield '</h3>\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'key_failures'):
        pass
        yield '  <ul class="small keyfail">\n'
        for l_1_i in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'key_failures'):
            l_1_m = resolve('m')
            _loop_vars = {}
            pass
            yield '<li><b>'
            yield escape(environment.finalize(context, environment.getattr(l_1_i, 'id')))
            yield '</b> '
            yield escape(environment.finalize(context, context.call((undefined(name='tx') if l_0_tx is missing else l_0_tx), environment.getattr(l_1_i, 'title'), _loop_vars=_loop_vars)))
            yield ' '
            yield escape(environment.finalize(context, context.call(environment.getattr((undefined(name='m') if l_1_m is missing else l_1_m), 'status'), l_1_i, _loop_vars=_loop_vars)))
            yield '</li>'
        l_1_i = l_1_m = missing
        yield '  </ul>\n'
    else:
        pass
        yield '  <p>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'none', _block_vars=_block_vars)))
        yield '</p>\n'
    yield '\n  <div class="grid2">\n    <figure>\n      '
    yield escape(environment.finalize(context, environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'charts'), 'radar')))
    yield '\n      <figcaption>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'radar_caption', _block_vars=_block_vars)))
    if (not t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'target'))):
        pass
        yield '<br><span class="legend"><span class="swatch"></span>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'target', _block_vars=_block_vars)))
        yield ' '
        yield escape(environment.finalize(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'target')))
        yield '</span>'
    yield '</figcaption>\n    </figure>\n    <div>\n      <table class="data">\n        <thead><tr><th>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'status', _block_vars=_block_vars)))
    yield '</th><th class="n">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'items', _block_vars=_block_vars)))
    yield '</th></tr></thead>\n        <tbody>\n'
    for (l_1_label, l_1_n) in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'counts'):
        _loop_vars = {}
        pass
        yield '          <tr><td>'
        yield escape(environment.finalize(context, context.call((undefined(name='tx') if l_0_tx is missing else l_0_tx), l_1_label, _loop_vars=_loop_vars)))
        yield '</td><td class="n">'
        yield escape(environment.finalize(context, l_1_n))
        yield '</td></tr>\n'
    l_1_label = l_1_n = missing
    yield '        </tbody>\n        <tfoot><tr><td>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'total', _block_vars=_block_vars)))
    yield '</td><td class="n">'
    yield escape(environment.finalize(context, environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'result'), 'counts'), 'total')))
    yield '</td></tr></tfoot>\n      </table>\n    </div>\n  </div>\n\n</section>\n'

def block_scores(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_r = resolve('r')
    try:
        t_3 = environment.filters['one']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'one' found.")
    pass
    yield '<section class="sheet scores" id="scores">\n  <h2><span class="num">2</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'domain_scores', _block_vars=_block_vars)))
    yield '</h2>\n  <figure>\n    '
    yield escape(environment.finalize(context, environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'charts'), 'bars')))
    yield '\n    <figcaption>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'bars_caption', _block_vars=_block_vars)))
    yield '</figcaption>\n  </figure>\n  <table class="data">\n    <thead><tr><th>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'domain', _block_vars=_block_vars)))
    yield '</th><th class="n">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'score', _block_vars=_block_vars)))
    yield '</th><th class="n">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'achieved', _block_vars=_block_vars)))
    yield '</th><th class="n">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'possible', _block_vars=_block_vars)))
    yield '</th><th class="n">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'gap', _block_vars=_block_vars)))
    yield '</th></tr></thead>\n    <tbody>\n'
    for l_1_d in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'domains'):
        l_1_tx = resolve('tx')
        _loop_vars = {}
        pass
        yield '      <tr><td><b>'
        yield escape(environment.finalize(context, environment.getattr(l_1_d, 'id')))
        yield '</b> '
        yield escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_d, 'title'), _loop_vars=_loop_vars)))
        yield '</td><td class="n"><span class="meter"><span class="'
        yield escape(environment.finalize(context, environment.getattr(l_1_d, 'tone')))
        yield '" style="width: '
        yield escape(environment.finalize(context, (environment.getattr(environment.getattr(l_1_d, 'score'), 'score') or 0)))
        yield '%"></span></span>'
        yield escape(environment.finalize(context, environment.getattr(l_1_d, 'score_text')))
        yield '</td><td class="n">'
        yield escape(environment.finalize(context, t_3(environment.getattr(environment.getattr(l_1_d, 'score'), 'achieved'))))
        yield '</td><td class="n">'
        yield escape(environment.finalize(context, t_3(environment.getattr(environment.getattr(l_1_d, 'score'), 'possible'))))
        yield '</td><td class="n">'
        yield escape(environment.finalize(context, t_3((environment.getattr(environment.getattr(l_1_d, 'score'), 'possible') - environment.getattr(environment.getattr(l_1_d, 'score'), 'achieved')))))
        yield '</td></tr>\n'
    l_1_d = l_1_tx = missing
    yield '    </tbody>\n    <tfoot><tr><td>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'overall_score', _block_vars=_block_vars)))
    yield '</td><td class="n">'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'overall')))
    yield '</td><td class="n">'
    yield escape(environment.finalize(context, t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'result'), 'achieved'))))
    yield '</td><td class="n">'
    yield escape(environment.finalize(context, t_3(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'result'), 'possible'))))
    yield '</td><td class="n">'
    yield escape(environment.finalize(context, t_3((environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'result'), 'possible') - environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'result'), 'achieved')))))
    yield '</td></tr></tfoot>\n  </table>\n</section>\n'

def block_domains(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_r = resolve('r')
    try:
        t_4 = environment.filters['gap']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'gap' found.")
    try:
        t_5 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    try:
        t_3 = environment.filters['one']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'one' found.")
    pass
    l_1_loop = missing
    for l_1_d, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'domains'), undefined):
        l_1_tx = resolve('tx')
        l_1_t = resolve('t')
        _loop_vars = {}
        pass
        yield '<section class="sheet domain" id="domain-'
        yield escape(environment.finalize(context, environment.getattr(l_1_d, 'id')))
        yield '">\n  <div class="domain-head">\n    <h2><span class="num">3.'
        yield escape(environment.finalize(context, environment.getattr(l_1_loop, 'index')))
        yield '</span>'
        yield escape(environment.finalize(context, environment.getattr(l_1_d, 'id')))
        yield ' '
        yield escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_d, 'title'), _loop_vars=_loop_vars)))
        yield '</h2>\n    <div class="score '
        yield escape(environment.finalize(context, environment.getattr(l_1_d, 'tone')))
        yield '">'
        yield escape(environment.finalize(context, environment.getattr(l_1_d, 'score_text')))
        yield '</div>\n  </div>\n  <p class="small muted">'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'domain_score_line', score=environment.getattr(l_1_d, 'score_text'), achieved=t_3(environment.getattr(environment.getattr(l_1_d, 'score'), 'achieved')), possible=t_3(environment.getattr(environment.getattr(l_1_d, 'score'), 'possible')), _loop_vars=_loop_vars)))
        yield ' · '
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'key_mark_note', _loop_vars=_loop_vars)))
        yield '</p>\n  <table class="data">\n    <thead><tr><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'item', _loop_vars=_loop_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'title', _loop_vars=_loop_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'status', _loop_vars=_loop_vars)))
        yield '</th><th class="n">'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'weight', _loop_vars=_loop_vars)))
        yield '</th><th class="n">'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'gap', _loop_vars=_loop_vars)))
        yield '</th></tr></thead>\n    <tbody>\n'
        for l_2_i in environment.getattr(l_1_d, 'items'):
            l_2_m = resolve('m')
            _loop_vars = {}
            pass
            yield '      <tr><td class="id">'
            yield escape(environment.finalize(context, context.call(environment.getattr((undefined(name='m') if l_2_m is missing else l_2_m), 'item_id'), l_2_i, _loop_vars=_loop_vars)))
            yield '</td><td>'
            yield escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_2_i, 'title'), _loop_vars=_loop_vars)))
            yield '</td><td>'
            yield escape(environment.finalize(context, context.call(environment.getattr((undefined(name='m') if l_2_m is missing else l_2_m), 'status'), l_2_i, _loop_vars=_loop_vars)))
            yield '</td><td class="n">'
            yield escape(environment.finalize(context, t_5(environment.getattr(l_2_i, 'weight'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(context, t_4(environment.getattr(l_2_i, 'gap'))))
            yield '</td></tr>\n'
        l_2_i = l_2_m = missing
        yield '    </tbody>\n  </table>\n</section>\n'
    l_1_loop = l_1_d = l_1_tx = l_1_t = missing

def block_gaps(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_r = resolve('r')
    try:
        t_4 = environment.filters['gap']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'gap' found.")
    try:
        t_5 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    pass
    yield '  <h2 id="gaps"><span class="num">4</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'gaps', _block_vars=_block_vars)))
    yield '</h2>\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'gaps'):
        pass
        yield '  <table class="data">\n    <thead><tr><th class="n">'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rank', _block_vars=_block_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'item', _block_vars=_block_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'title', _block_vars=_block_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'status', _block_vars=_block_vars)))
        yield '</th><th class="n">'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'weight', _block_vars=_block_vars)))
        yield '</th><th class="n">'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'gap', _block_vars=_block_vars)))
        yield '</th></tr></thead>\n    <tbody>\n'
        l_1_loop = missing
        for l_1_i, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'gaps'), undefined):
            l_1_m = resolve('m')
            l_1_tx = resolve('tx')
            _loop_vars = {}
            pass
            yield '      <tr><td class="n">'
            yield escape(environment.finalize(context, environment.getattr(l_1_loop, 'index')))
            yield '</td><td class="id">'
            yield escape(environment.finalize(context, context.call(environment.getattr((undefined(name='m') if l_1_m is missing else l_1_m), 'item_id'), l_1_i, _loop_vars=_loop_vars)))
            yield '</td><td>'
            yield escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_i, 'title'), _loop_vars=_loop_vars)))
            yield '</td><td>'
            yield escape(environment.finalize(context, context.call(environment.getattr((undefined(name='m') if l_1_m is missing else l_1_m), 'status'), l_1_i, _loop_vars=_loop_vars)))
            yield '</td><td class="n">'
            yield escape(environment.finalize(context, t_5(environment.getattr(l_1_i, 'weight'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(context, t_4(environment.getattr(l_1_i, 'gap'))))
            yield '</td></tr>\n'
        l_1_loop = l_1_i = l_1_m = l_1_tx = missing
        yield '    </tbody>\n  </table>\n'
    else:
        pass
        yield '  <p>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'no_gaps', _block_vars=_block_vars)))
        yield '</p>\n'

def block_actions(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_r = resolve('r')
    try:
        t_2 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '  <h2 id="actions"><span class="num">5</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'action_plan', _block_vars=_block_vars)))
    yield '</h2>\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'plan'):
        pass
        yield '  <p class="small muted">'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'overdue_note', today=environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'today'), _block_vars=_block_vars)))
        yield '</p>\n'
        for (l_1_owner, l_1_rows) in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'owners'):
            l_1_m = resolve('m')
            _loop_vars = {}
            pass
            yield '  <h3>'
            yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'owner', _loop_vars=_loop_vars)))
            yield ': '
            if t_2(l_1_owner):
                pass
                yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'unassigned', _loop_vars=_loop_vars)))
            else:
                pass
                yield escape(environment.finalize(context, l_1_owner))
            yield '</h3>\n  '
            yield escape(environment.finalize(context, context.call(environment.getattr((undefined(name='m') if l_1_m is missing else l_1_m), 'actions_table'), l_1_rows, _loop_vars=_loop_vars)))
            yield '\n'
        l_1_owner = l_1_rows = l_1_m = missing
    else:
        pass
        yield '  <p>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'no_actions', _block_vars=_block_vars)))
        yield '</p>\n'

def block_applicability(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_r = resolve('r')
    pass
    yield '  <h2 id="applicability"><span class="num">6</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'applicability', _block_vars=_block_vars)))
    yield '</h2>\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'applicability'):
        pass
        yield '  <p class="small muted">'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'applicability_note', _block_vars=_block_vars)))
        yield '</p>\n  <table class="data">\n    <thead><tr><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'item', _block_vars=_block_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'title', _block_vars=_block_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'reason', _block_vars=_block_vars)))
        yield '</th></tr></thead>\n    <tbody>\n'
        for l_1_i in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'applicability'):
            l_1_tx = resolve('tx')
            _loop_vars = {}
            pass
            yield '      <tr><td class="id">'
            yield escape(environment.finalize(context, environment.getattr(l_1_i, 'id')))
            yield '</td><td>'
            yield escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_i, 'title'), _loop_vars=_loop_vars)))
            yield '</td><td>'
            yield escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_i, 'na_reason'), _loop_vars=_loop_vars)))
            if environment.getattr(l_1_i, 'na_tag'):
                pass
                yield ' <span class="muted small">('
                yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'excluded_by', tag=environment.getattr(l_1_i, 'na_tag'), _loop_vars=_loop_vars)))
                yield ')</span>'
            yield '</td></tr>\n'
        l_1_i = l_1_tx = missing
        yield '    </tbody>\n  </table>\n'
    else:
        pass
        yield '  <p>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'no_na', _block_vars=_block_vars)))
        yield '</p>\n'

def block_evidence(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_r = resolve('r')
    pass
    yield '  <h2 id="evidence"><span class="num">7</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'evidence_index', _block_vars=_block_vars)))
    yield '</h2>\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidence'):
        pass
        yield '  <table class="data">\n    <thead><tr><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'item', _block_vars=_block_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'evidence', _block_vars=_block_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'note', _block_vars=_block_vars)))
        yield '</th></tr></thead>\n    <tbody>\n'
        for l_1_e in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidence'):
            l_1_m = resolve('m')
            _loop_vars = {}
            pass
            yield '      <tr'
            if environment.getattr(l_1_e, 'expired'):
                pass
                yield ' class="overdue"'
            yield '><td class="id">'
            yield escape(environment.finalize(context, environment.getattr(l_1_e, 'item')))
            yield '</td><td>'
            yield escape(environment.finalize(context, context.call(environment.getattr((undefined(name='m') if l_1_m is missing else l_1_m), 'evidence_ref'), l_1_e, _loop_vars=_loop_vars)))
            yield '</td><td>'
            yield escape(environment.finalize(context, (environment.getattr(l_1_e, 'note') or '')))
            yield '</td></tr>\n'
        l_1_e = l_1_m = missing
        yield '    </tbody>\n  </table>\n'
    else:
        pass
        yield '  <p>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'no_evidence', _block_vars=_block_vars)))
        yield '</p>\n'

def block_items(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_r = resolve('r')
    pass
    yield '<section class="sheet appendix" id="items">\n  <h2><span class="num">8</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'item_details', _block_vars=_block_vars)))
    yield '</h2>\n  <p class="small muted">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'key_mark_note', _block_vars=_block_vars)))
    yield '</p>\n'
    l_1_loop = missing
    for l_1_d, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'domains'), undefined):
        l_1_tx = resolve('tx')
        _loop_vars = {}
        pass
        yield '  <h3><span class="num">8.'
        yield escape(environment.finalize(context, environment.getattr(l_1_loop, 'index')))
        yield '</span>'
        yield escape(environment.finalize(context, environment.getattr(l_1_d, 'id')))
        yield ' '
        yield escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_d, 'title'), _loop_vars=_loop_vars)))
        yield '</h3>\n'
        for l_2_i in environment.getattr(l_1_d, 'items'):
            l_2_m = resolve('m')
            _loop_vars = {}
            pass
            yield escape(environment.finalize(context, context.call(environment.getattr((undefined(name='m') if l_2_m is missing else l_2_m), 'item_detail'), l_2_i, _loop_vars=_loop_vars)))
        l_2_i = l_2_m = missing
    l_1_loop = l_1_d = l_1_tx = missing
    yield '</section>\n'

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
    yield ' · '
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'verdict_note', _block_vars=_block_vars)))
    yield '</footer>'

blocks = {'head': block_head, 'cover': block_cover, 'toc': block_toc, 'summary': block_summary, 'scores': block_scores, 'domains': block_domains, 'gaps': block_gaps, 'actions': block_actions, 'applicability': block_applicability, 'evidence': block_evidence, 'items': block_items, 'footer': block_footer}
debug_info = '2=12&5=14&8=16&10=18&30=20&90=22&109=24&130=26&146=28&159=30&176=32&193=34&204=36&5=39&8=52&10=65&12=76&14=78&15=80&16=82&18=87&21=102&22=104&23=106&24=108&25=110&30=113&32=137&34=139&35=141&39=148&40=150&41=159&43=165&44=167&45=169&48=171&49=173&53=175&54=179&57=183&60=185&61=187&63=190&66=206&71=209&72=211&76=220&78=224&79=228&82=234&90=239&92=256&94=258&95=260&98=262&100=272&101=277&104=295&109=306&110=334&111=340&113=342&114=348&116=352&118=356&120=366&121=371&130=385&131=408&132=410&134=413&136=426&137=432&142=449&146=452&147=469&148=471&149=474&150=476&151=481&152=490&155=496&159=499&160=510&161=512&162=515&164=517&166=523&167=528&172=544&176=547&177=558&178=560&180=563&182=569&183=574&188=589&193=592&195=603&196=605&197=608&198=613&199=619&204=628'
# cc-assess: compiled by python -m cc_assess.render; do not edit. compiler: {"async": false, "autoescape": true, "extensions": [], "filters": {"abs": "", "attr": "_PassArg.environment", "batch": "", "capitalize": "", "center": "", "code": "", "count": "", "d": "", "default": "", "dictsort": "", "e": "", "escape": "", "filesizeformat": "", "findings_html": "", "findings_md": "", "first": "_PassArg.environment", "float": "", "forceescape": "", "format": "", "gap": "", "groupby": "_PassArg.environment", "indent": "", "int": "", "items": "", "join": "_PassArg.eval_context", "last": "_PassArg.environment", "length": "", "list": "_PassArg.eval_context", "lower": "", "map": "_PassArg.context", "max": "_PassArg.environment", "min": "_PassArg.environment", "num": "", "one": "", "pprint": "", "random": "_PassArg.context", "reject": "_PassArg.context", "rejectattr": "_PassArg.context", "replace": "_PassArg.eval_context", "reverse": "", "round": "", "safe": "", "select": "_PassArg.context", "selectattr": "_PassArg.context", "slice": "_PassArg.eval_context", "sort": "_PassArg.environment", "string": "", "striptags": "", "sum": "_PassArg.environment", "title": "", "tojson": "_PassArg.eval_context", "trim": "", "truncate": "_PassArg.environment", "unique": "_PassArg.environment", "upper": "", "urlencode": "", "urlize": "_PassArg.eval_context", "wordcount": "", "wordwrap": "_PassArg.environment", "xmlattr": "_PassArg.eval_context"}, "finalize": "_PassArg.context", "jinja2": "3.1.6", "optimized": true, "syntax": ["{%", "%}", "{{", "}}", "{#", "#}", null, null, true, true, "\n", true], "tests": {"!=": "", "<": "", "<=": "", "==": "", ">": "", ">=": "", "boolean": "", "callable": "", "defined": "", "divisibleby": "", "eq": "", "equalto": "", "escaped": "", "even": "", "false": "", "filter": "_PassArg.environment", "float": "", "ge": "", "greaterthan": "", "gt": "", "in": "", "integer": "", "iterable": "", "le": "", "lessthan": "", "lower": "", "lt": "", "mapping": "", "ne": "", "none": "", "number": "", "odd": "", "sameas": "", "sequence": "", "string": "", "test": "_PassArg.environment", "true": "", "undefined": "", "upper": ""}}
