from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'portfolio.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_lang = resolve('lang')
    l_0_version = resolve('version')
    l_0_page_title = resolve('page_title')
    l_0_p = resolve('p')
    l_0_name = resolve('name')
    l_0_t = resolve('t')
    l_0_one = resolve('one')
    l_0_ready = resolve('ready')
    l_0_key_failures = resolve('key_failures')
    l_0_heat = resolve('heat')
    l_0_ranking = resolve('ranking')
    l_0_widest = resolve('widest')
    l_0_overdue = resolve('overdue')
    l_0_with_previous = resolve('with_previous')
    l_0_deltas = resolve('deltas')
    try:
        t_1 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(environment.finalize(context, ('en' if ((undefined(name='lang') if l_0_lang is missing else l_0_lang) == 'en') else 'zh-CN')))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:; base-uri \'none\'; form-action \'none\'">\n<meta name="generator" content="cc-assess '
    yield escape(environment.finalize(context, (undefined(name='version') if l_0_version is missing else l_0_version)))
    yield '">\n<title>'
    yield escape(environment.finalize(context, (undefined(name='page_title') if l_0_page_title is missing else l_0_page_title)))
    yield '</title>\n<style>\n'
    template = environment.get_template('partials/report.css', 'portfolio.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield 'main { max-width: 277mm; }\n.band { background: var(--brand); color: #fff; margin: -16mm -15mm 6mm; padding: 10mm 15mm 8mm; }\n.band .std { font-size: 10pt; letter-spacing: .05em; opacity: .85; }\n.band h1 { color: #fff; font-size: 24pt; margin: 4mm 0 1mm; }\n.band .en { color: #cfe0f1; }\n.band .sub { font-size: 13pt; }\n#ranking table.data { font-size: 8.5pt; }\nsvg.heat, svg.deltas { width: auto; max-width: 100%; }\nsvg .cell { stroke: #fff; stroke-width: 1; }\nsvg .cell.h5 { fill: #1e6b2a; } svg .cell.h4 { fill: #5fa55a; } svg .cell.h3 { fill: #f2c14e; }\nsvg .cell.h2 { fill: #e8833a; } svg .cell.h1 { fill: #b3261e; } svg .cell.h0 { fill: #eef1f4; }\nsvg .cell.total { stroke: var(--brand); stroke-width: 2; }\nsvg .v { font-size: 10.5px; font-weight: 600; fill: #fff; }\nsvg .v.h3, svg .v.h0 { fill: var(--ink); }\n.legend-heat { display: flex; gap: 6px; justify-content: center; font-size: 8.5pt; color: var(--muted); margin-top: 2mm; }\n.legend-heat span { display: inline-block; padding: 0 6px; border-radius: 3px; color: #fff; }\n.legend-heat .h5 { background: #1e6b2a; } .legend-heat .h4 { background: #5fa55a; } .legend-heat .h3 { background: #f2c14e; color: var(--ink); }\n.legend-heat .h2 { background: #e8833a; } .legend-heat .h1 { background: #b3261e; } .legend-heat .h0 { background: #eef1f4; color: var(--ink); }\n</style>\n</head>\n<body>\n<main>\n<section class="sheet summary">\n  <div class="band">\n    <div class="std">'
    yield escape(environment.finalize(context, environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'catalogue'), 'id')))
    yield ' '
    yield escape(environment.finalize(context, environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'catalogue'), 'version')))
    yield ' · '
    yield escape(environment.finalize(context, environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'today')))
    yield '</div>\n    <h1>'
    yield escape(environment.finalize(context, (undefined(name='name') if l_0_name is missing else l_0_name)))
    yield '</h1>\n    <div class="sub">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'title')))
    yield '</div>\n  </div>\n  <div class="kpis">\n    <div class="kpi"><div class="label">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'overall_score')))
    yield '</div><div class="value">'
    yield escape(environment.finalize(context, context.call((undefined(name='one') if l_0_one is missing else l_0_one), environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'overall'))))
    yield '</div>\n      <div class="label">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), markup_join(('weight_', environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'weight'), )))))
    yield '</div></div>\n    <div class="kpi"><div class="label">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'sites_count')))
    yield '</div><div class="value">'
    yield escape(environment.finalize(context, t_3(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'sites'))))
    yield '</div></div>\n    <div class="kpi"><div class="label">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'ready_count')))
    yield '</div><div class="value">'
    yield escape(environment.finalize(context, (undefined(name='ready') if l_0_ready is missing else l_0_ready)))
    yield ' <small>/ '
    yield escape(environment.finalize(context, t_3(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'sites'))))
    yield '</small></div></div>\n    <div class="kpi"><div class="label">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'key_failures')))
    yield '</div><div class="value">'
    yield escape(environment.finalize(context, t_3((undefined(name='key_failures') if l_0_key_failures is missing else l_0_key_failures))))
    yield '</div></div>\n  </div>\n  <p class="note">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), markup_join(('weight_note_', environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'weight'), )))))
    yield ' '
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'verdict_note')))
    yield '</p>\n'
    if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'groups'):
        pass
        yield '  <h3>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'groups')))
        yield '</h3>\n  <table class="data">\n    <thead><tr><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_group')))
        yield '</th><th class="n">'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_score')))
        yield '</th><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_sites')))
        yield '</th></tr></thead>\n    <tbody>\n'
        for l_1_g in environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'groups'):
            _loop_vars = {}
            pass
            yield '      <tr><td>'
            yield escape(environment.finalize(context, environment.getattr(l_1_g, 'id')))
            yield '</td><td class="n"><span class="meter"><span class="'
            yield escape(environment.finalize(context, ('none' if t_4(environment.getattr(l_1_g, 'score')) else ('good' if (environment.getattr(l_1_g, 'score') >= 80) else ('fair' if (environment.getattr(l_1_g, 'score') >= 60) else 'poor')))))
            yield '" style="width: '
            yield escape(environment.finalize(context, (environment.getattr(l_1_g, 'score') or 0)))
            yield '%"></span></span>'
            yield escape(environment.finalize(context, context.call((undefined(name='one') if l_0_one is missing else l_0_one), environment.getattr(l_1_g, 'score'), _loop_vars=_loop_vars)))
            yield '</td><td>'
            yield escape(environment.finalize(context, t_2(context.eval_ctx, environment.getattr(l_1_g, 'sites'), ', ')))
            yield '</td></tr>\n'
        l_1_g = missing
        yield '    </tbody>\n    <tfoot><tr><td>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_overall')))
        yield '</td><td class="n">'
        yield escape(environment.finalize(context, context.call((undefined(name='one') if l_0_one is missing else l_0_one), environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'overall'))))
        yield '</td><td>'
        yield escape(environment.finalize(context, t_3(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'sites'))))
        yield '</td></tr></tfoot>\n  </table>\n'
    yield '</section>\n\n<section class="sheet" id="heatmap">\n  <h2><span class="num">1</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'heatmap')))
    yield '</h2>\n  <figure>\n    '
    yield escape(environment.finalize(context, (undefined(name='heat') if l_0_heat is missing else l_0_heat)))
    yield '\n    <figcaption class="legend-heat"><span class="h5">≥ 90</span><span class="h4">80–90</span><span class="h3">70–80</span><span class="h2">60–70</span><span class="h1">&lt; 60</span><span class="h0">—</span></figcaption>\n  </figure>\n</section>\n\n<section class="sheet" id="ranking">\n  <h2><span class="num">2</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'ranking')))
    yield '</h2>\n  <table class="data">\n    <thead><tr><th class="n">#</th><th>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_site')))
    yield '</th><th>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_group')))
    yield '</th><th class="n">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_seats')))
    yield '</th><th class="n">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_score')))
    yield '</th><th class="n">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_delta')))
    yield '</th><th>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_verdict')))
    yield '</th><th class="n">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_key_failures')))
    yield '</th><th class="n">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_not_assessed')))
    yield '</th><th class="n">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_overdue')))
    yield '</th></tr></thead>\n    <tbody>\n'
    l_1_loop = missing
    for l_1_s, l_1_loop in LoopContext((undefined(name='ranking') if l_0_ranking is missing else l_0_ranking), undefined):
        l_1_tx = resolve('tx')
        l_1_signed = resolve('signed')
        _loop_vars = {}
        pass
        yield '      <tr>\n        <td class="n">'
        yield escape(environment.finalize(context, environment.getattr(l_1_loop, 'index')))
        yield '</td>\n        <td><b>'
        yield escape(environment.finalize(context, environment.getattr(l_1_s, 'id')))
        yield '</b>'
        if environment.getattr(environment.getattr(l_1_s, 'summary'), 'title'):
            pass
            yield ' '
            yield escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(environment.getattr(l_1_s, 'summary'), 'title'), _loop_vars=_loop_vars)))
        yield '</td>\n        <td>'
        yield escape(environment.finalize(context, (environment.getattr(environment.getattr(l_1_s, 'summary'), 'group') or '—')))
        yield '</td>\n        <td class="n">'
        yield escape(environment.finalize(context, (environment.getattr(environment.getattr(l_1_s, 'summary'), 'seats') if (not t_4(environment.getattr(environment.getattr(l_1_s, 'summary'), 'seats'))) else '—')))
        yield '</td>\n        <td class="n"><span class="meter"><span class="'
        yield escape(environment.finalize(context, ('none' if t_4(environment.getattr(environment.getattr(l_1_s, 'summary'), 'overall')) else ('good' if (environment.getattr(environment.getattr(l_1_s, 'summary'), 'overall') >= 80) else ('fair' if (environment.getattr(environment.getattr(l_1_s, 'summary'), 'overall') >= 60) else 'poor')))))
        yield '" style="width: '
        yield escape(environment.finalize(context, (environment.getattr(environment.getattr(l_1_s, 'summary'), 'overall') or 0)))
        yield '%"></span></span>'
        yield escape(environment.finalize(context, context.call((undefined(name='one') if l_0_one is missing else l_0_one), environment.getattr(environment.getattr(l_1_s, 'summary'), 'overall'), _loop_vars=_loop_vars)))
        yield '</td>\n        <td class="n">'
        yield escape(environment.finalize(context, context.call((undefined(name='signed') if l_1_signed is missing else l_1_signed), environment.getattr(l_1_s, 'delta'), _loop_vars=_loop_vars)))
        yield '</td>\n        <td><span class="badge tone-'
        yield escape(environment.finalize(context, ('good' if environment.getattr(environment.getattr(l_1_s, 'summary'), 'ready') else 'poor')))
        yield '">'
        yield escape(environment.finalize(context, (context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'ready', _loop_vars=_loop_vars) if environment.getattr(environment.getattr(l_1_s, 'summary'), 'ready') else context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'not_ready', _loop_vars=_loop_vars))))
        yield '</span></td>\n        <td class="n">'
        yield escape(environment.finalize(context, t_3(environment.getattr(l_1_s, 'key_failures'))))
        yield '</td>\n        <td class="n">'
        yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_s, 'summary'), 'not_assessed')))
        yield '</td>\n        <td class="n">'
        if environment.getattr(environment.getattr(l_1_s, 'summary'), 'overdue_count'):
            pass
            yield '<span class="flag">'
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_s, 'summary'), 'overdue_count')))
            yield '</span>'
        else:
            pass
            yield '0'
        yield '</td>\n      </tr>\n'
    l_1_loop = l_1_s = l_1_tx = l_1_signed = missing
    yield '    </tbody>\n  </table>\n</section>\n\n<section class="sheet" id="key-failures">\n  <h2><span class="num">3</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'key_failures')))
    yield '</h2>\n'
    if (undefined(name='key_failures') if l_0_key_failures is missing else l_0_key_failures):
        pass
        yield '  <table class="data">\n    <thead><tr><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_item')))
        yield '</th><th class="n">'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_sites')))
        yield '</th><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_site')))
        yield '</th></tr></thead>\n    <tbody>\n'
        for l_1_k in (undefined(name='key_failures') if l_0_key_failures is missing else l_0_key_failures):
            l_1_tx = resolve('tx')
            l_1_key_titles = resolve('key_titles')
            _loop_vars = {}
            pass
            yield '      <tr><td class="id">'
            yield escape(environment.finalize(context, environment.getattr(l_1_k, 'item')))
            yield ' <span class="star">★</span> <span class="small">'
            yield escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getitem((undefined(name='key_titles') if l_1_key_titles is missing else l_1_key_titles), environment.getattr(l_1_k, 'item')), _loop_vars=_loop_vars)))
            yield '</span></td><td class="n">'
            yield escape(environment.finalize(context, t_3(environment.getattr(l_1_k, 'sites'))))
            yield '</td><td>'
            yield escape(environment.finalize(context, t_2(context.eval_ctx, environment.getattr(l_1_k, 'sites'), ', ')))
            yield '</td></tr>\n'
        l_1_k = l_1_tx = l_1_key_titles = missing
        yield '    </tbody>\n  </table>\n'
    else:
        pass
        yield '  <p>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'none')))
        yield '</p>\n'
    yield '</section>\n\n<section class="sheet" id="spread">\n  <h2><span class="num">4</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'widest')))
    yield '</h2>\n  <p class="note">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'points_note')))
    yield '</p>\n'
    if (undefined(name='widest') if l_0_widest is missing else l_0_widest):
        pass
        yield '  <table class="data">\n    <thead><tr><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_item')))
        yield '</th><th class="n">'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_min')))
        yield '</th><th class="n">'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_median')))
        yield '</th><th class="n">'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_max')))
        yield '</th><th class="n">'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_failing')))
        yield '</th><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_worst')))
        yield '</th></tr></thead>\n    <tbody>\n'
        for l_1_row in (undefined(name='widest') if l_0_widest is missing else l_0_widest):
            l_1_tx = resolve('tx')
            _loop_vars = {}
            pass
            yield '      <tr><td class="id">'
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_row, 'spread'), 'item')))
            if environment.getattr(environment.getattr(l_1_row, 'spread'), 'key'):
                pass
                yield ' <span class="star">★</span>'
            yield ' <span class="small">'
            yield escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_row, 'title'), _loop_vars=_loop_vars)))
            yield '</span></td><td class="n">'
            yield escape(environment.finalize(context, t_1('%g', environment.getattr(environment.getattr(l_1_row, 'spread'), 'min'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(context, t_1('%g', environment.getattr(environment.getattr(l_1_row, 'spread'), 'median'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(context, t_1('%g', environment.getattr(environment.getattr(l_1_row, 'spread'), 'max'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_row, 'spread'), 'failing_sites')))
            yield '</td><td>'
            yield escape(environment.finalize(context, t_2(context.eval_ctx, environment.getattr(environment.getattr(l_1_row, 'spread'), 'worst'), ', ')))
            yield '</td></tr>\n'
        l_1_row = l_1_tx = missing
        yield '    </tbody>\n  </table>\n'
    else:
        pass
        yield '  <p>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'none')))
        yield '</p>\n'
    yield '</section>\n\n<section class="sheet" id="overdue">\n  <h2><span class="num">5</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'overdue')))
    yield '</h2>\n  <p class="muted small">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'as_of')))
    yield ' '
    yield escape(environment.finalize(context, environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'today')))
    yield '</p>\n'
    t_5 = 1
    for l_1_s in (undefined(name='overdue') if l_0_overdue is missing else l_0_overdue):
        l_1_tx = resolve('tx')
        _loop_vars = {}
        pass
        yield '  <h3>'
        yield escape(environment.finalize(context, environment.getattr(l_1_s, 'id')))
        if environment.getattr(environment.getattr(l_1_s, 'summary'), 'title'):
            pass
            yield ' '
            yield escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(environment.getattr(l_1_s, 'summary'), 'title'), _loop_vars=_loop_vars)))
        yield ' <span class="flag">'
        yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_s, 'summary'), 'overdue_count')))
        yield '</span></h3>\n  <table class="data">\n    <thead><tr><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_due', _loop_vars=_loop_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_item', _loop_vars=_loop_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_owner', _loop_vars=_loop_vars)))
        yield '</th><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_action', _loop_vars=_loop_vars)))
        yield '</th></tr></thead>\n    <tbody>\n'
        for l_2_a in environment.getattr(environment.getattr(l_1_s, 'summary'), 'overdue'):
            _loop_vars = {}
            pass
            yield '      <tr class="overdue"><td class="n">'
            yield escape(environment.finalize(context, environment.getattr(l_2_a, 'due')))
            yield '</td><td class="id">'
            yield escape(environment.finalize(context, environment.getattr(l_2_a, 'item')))
            yield ' · '
            yield escape(environment.finalize(context, environment.getattr(l_2_a, 'id')))
            yield '</td><td>'
            yield escape(environment.finalize(context, (environment.getattr(l_2_a, 'owner') or '—')))
            yield '</td><td>'
            yield escape(environment.finalize(context, environment.getattr(l_2_a, 'description')))
            yield '</td></tr>\n'
        l_2_a = missing
        yield '    </tbody>\n  </table>\n'
        if (environment.getattr(environment.getattr(l_1_s, 'summary'), 'overdue_count') > t_3(environment.getattr(environment.getattr(l_1_s, 'summary'), 'overdue'))):
            pass
            yield '<p class="muted small">'
            yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'more_overdue', count=(environment.getattr(environment.getattr(l_1_s, 'summary'), 'overdue_count') - t_3(environment.getattr(environment.getattr(l_1_s, 'summary'), 'overdue'))), _loop_vars=_loop_vars)))
            yield '</p>'
        t_5 = 0
    l_1_s = l_1_tx = missing
    if t_5:
        pass
        yield '  <p>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'none')))
        yield '</p>\n'
    yield '</section>\n\n<section class="sheet" id="changes">\n  <h2><span class="num">6</span>'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'changes')))
    yield '</h2>\n'
    if (undefined(name='with_previous') if l_0_with_previous is missing else l_0_with_previous):
        pass
        yield '  <figure>'
        yield escape(environment.finalize(context, (undefined(name='deltas') if l_0_deltas is missing else l_0_deltas)))
        yield '</figure>\n  <table class="data">\n    <thead><tr><th>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_site')))
        yield '</th><th class="n">'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_previous')))
        yield '</th><th class="n">'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_score')))
        yield '</th><th class="n">'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'col_delta')))
        yield '</th></tr></thead>\n    <tbody>\n'
        for l_1_s in (undefined(name='with_previous') if l_0_with_previous is missing else l_0_with_previous):
            l_1_tx = resolve('tx')
            l_1_signed = resolve('signed')
            _loop_vars = {}
            pass
            yield '      <tr><td><b>'
            yield escape(environment.finalize(context, environment.getattr(l_1_s, 'id')))
            yield '</b>'
            if environment.getattr(environment.getattr(l_1_s, 'summary'), 'title'):
                pass
                yield ' '
                yield escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(environment.getattr(l_1_s, 'summary'), 'title'), _loop_vars=_loop_vars)))
            yield '</td><td class="n">'
            yield escape(environment.finalize(context, context.call((undefined(name='one') if l_0_one is missing else l_0_one), environment.getattr(environment.getattr(l_1_s, 'summary'), 'previous'), _loop_vars=_loop_vars)))
            yield '</td><td class="n">'
            yield escape(environment.finalize(context, context.call((undefined(name='one') if l_0_one is missing else l_0_one), environment.getattr(environment.getattr(l_1_s, 'summary'), 'overall'), _loop_vars=_loop_vars)))
            yield '</td><td class="n">'
            yield escape(environment.finalize(context, context.call((undefined(name='signed') if l_1_signed is missing else l_1_signed), environment.getattr(l_1_s, 'delta'), _loop_vars=_loop_vars)))
            yield '</td></tr>\n'
        l_1_s = l_1_tx = l_1_signed = missing
        yield '    </tbody>\n  </table>\n'
    else:
        pass
        yield '  <p>'
        yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'no_previous')))
        yield '</p>\n'
    yield '</section>\n<footer class="end">'
    yield escape(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'generated_by', version=(undefined(name='version') if l_0_version is missing else l_0_version))))
    yield '</footer>\n</main>\n</body>\n</html>\n'

blocks = {}
debug_info = '3=51&8=53&9=55&11=57&36=64&37=70&38=72&41=74&42=78&43=80&44=84&45=90&47=94&48=98&49=101&51=103&53=109&54=113&57=125&63=132&65=134&71=136&73=138&75=157&77=163&78=165&79=172&80=174&81=176&82=182&83=184&84=188&85=190&86=192&94=203&95=205&97=208&99=214&100=220&105=233&110=236&111=238&112=240&114=243&116=255&117=260&122=282&127=285&128=287&129=292&130=297&132=305&134=313&135=317&139=329&141=339&146=342&147=344&148=347&150=349&152=357&153=363&158=381&161=384'
# cc-assess: compiled by python -m cc_assess.render; do not edit. compiler: {"async": false, "autoescape": true, "extensions": [], "filters": {"abs": "", "attr": "_PassArg.environment", "batch": "", "capitalize": "", "center": "", "code": "", "count": "", "d": "", "default": "", "dictsort": "", "e": "", "escape": "", "filesizeformat": "", "findings_html": "", "findings_md": "", "first": "_PassArg.environment", "float": "", "forceescape": "", "format": "", "gap": "", "groupby": "_PassArg.environment", "indent": "", "int": "", "items": "", "join": "_PassArg.eval_context", "last": "_PassArg.environment", "length": "", "list": "_PassArg.eval_context", "lower": "", "map": "_PassArg.context", "max": "_PassArg.environment", "min": "_PassArg.environment", "num": "", "one": "", "pprint": "", "random": "_PassArg.context", "reject": "_PassArg.context", "rejectattr": "_PassArg.context", "replace": "_PassArg.eval_context", "reverse": "", "round": "", "safe": "", "select": "_PassArg.context", "selectattr": "_PassArg.context", "slice": "_PassArg.eval_context", "sort": "_PassArg.environment", "string": "", "striptags": "", "sum": "_PassArg.environment", "title": "", "tojson": "_PassArg.eval_context", "trim": "", "truncate": "_PassArg.environment", "unique": "_PassArg.environment", "upper": "", "urlencode": "", "urlize": "_PassArg.eval_context", "wordcount": "", "wordwrap": "_PassArg.environment", "xmlattr": "_PassArg.eval_context"}, "finalize": "_PassArg.context", "jinja2": "3.1.6", "optimized": true, "syntax": ["{%", "%}", "{{", "}}", "{#", "#}", null, null, true, true, "\n", true], "tests": {"!=": "", "<": "", "<=": "", "==": "", ">": "", ">=": "", "boolean": "", "callable": "", "defined": "", "divisibleby": "", "eq": "", "equalto": "", "escaped": "", "even": "", "false": "", "filter": "_PassArg.environment", "float": "", "ge": "", "greaterthan": "", "gt": "", "in": "", "integer": "", "iterable": "", "le": "", "lessthan": "", "lower": "", "lt": "", "mapping": "", "ne": "", "none": "", "number": "", "odd": "", "sameas": "", "sequence": "", "string": "", "test": "_PassArg.environment", "true": "", "undefined": "", "upper": ""}}
