#!/usr/bin/env python3
"""Writes the hostile corpus of tests/hostile: case files that each attack one thing, with the
diagnostic each must produce. Run it again after changing it; the files are committed.

Each file announces what it expects in its first lines ("# expect: LINE:COL: error: message" or
"# expect: ok"), or, when it cannot hold a comment (binary, empty, UTF-16…), in NAME.expect beside it.
The huge ones (10 MB, 10,000 levels, 100,000 components, a 100,000-character label) are made by the
test itself, not stored (tests/test_hostile.cpp).
"""
import os

here = os.path.dirname(os.path.abspath(__file__))
base = open(os.path.join(here, '..', 'cases', 'valid', 'minimal.yaml'), encoding='utf-8').read().split('\n')[1:]

def body(edits):
    lines = list(base)
    for old, new in edits:
        found = [i for i, l in enumerate(lines) if old in l]
        assert len(found) == 1, (old, found)
        i = found[0]
        if new is None:
            del lines[i]
        elif isinstance(new, tuple):
            lines[i + 1:i + 1] = new[1].split('\n')
        else:
            lines[i] = new
    return lines

def write(name, what, lines, expects):
    """expects: list of (marker in a line, column marker or int, 'error'|'warning', message start),
    or ['ok']."""
    header = ['# ' + what]
    out = []
    if expects == ['ok']:
        out = header + ['# expect: ok'] + lines
    else:
        exp = []
        for marker, col, level, message in expects:
            found = [i for i, l in enumerate(lines) if marker in l]
            assert len(found) == 1, (name, marker, found)
            i = found[0]
            c = lines[i].index(col) + 1 if isinstance(col, str) else col
            exp.append((i, c, level, message))
        shift = len(header) + len(exp)
        out = header + ['# expect: %d:%d: %s: %s' % (i + 1 + shift, c, level, m) for i, c, level, m in exp] + lines
    with open(os.path.join(here, name + '.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out))

def raw(name, data, expect_lines):
    with open(os.path.join(here, name + '.yaml'), 'wb') as f:
        f.write(data)
    with open(os.path.join(here, name + '.expect'), 'w', encoding='utf-8') as f:
        f.write(''.join('# expect: ' + e + '\n' for e in expect_lines))

def step(old_id, new_line):
    return ('{id: %s,' % old_id, new_line)

# --- the YAML itself ---------------------------------------------------------------------------
write('syntax_unclosed_list', 'A list that is never closed.', body([('title: Minimal handover', 'title: [Minimal, handover')]),
      [('language: en', ':', 'error', 'invalid YAML (end of sequence flow not found)')])
write('syntax_unclosed_map', 'A map that is never closed.', body([('  team: {name: Team', '  team: {name: Team, side: current')]),
      [('  agency: {name', ':', 'error', 'invalid YAML (end of map flow not found)')])
write('syntax_unclosed_quote', 'A quote that is never closed.', body([('title: Minimal handover', 'title: "Minimal handover')]),
      [('title: "Minimal', '"', 'error', 'this double quote (") is never closed')])
write('syntax_unclosed_quote_last_line', 'A quote that is never closed, on the last line (yaml-cpp accepts it).',
      body([('  - {id: end, kind: end', '  - {id: end, kind: end, actor: board, label: "The end}')]),
      [('label: "The end', '"', 'error', 'this double quote (") is never closed')])
write('syntax_unclosed_quote_runaway', 'A quote that is closed only by the next quote, lines below.',
      body([('title: Minimal handover', "title: 'Minimal handover"), ('    label: Received?', "    label: 'Received?'")]),
      [("title: 'Minimal", "'", 'error', "this single quote (') is not closed on its line")])
write('syntax_colon_in_value', 'A second colon where YAML expects a value.', body([('title: Minimal handover', 'title: a: b')]),
      [('title: a: b', ': b', 'error', 'invalid YAML (illegal map value)')])
write('syntax_unknown_alias', 'An alias to an anchor that does not exist.', body([('title: Minimal handover', 'title: *nowhere')]),
      [('title: *nowhere', '*', 'error', 'invalid YAML')])
write('syntax_two_documents', 'Two YAML documents in one file.', body([('  - {id: end, kind: end', ('after', '---\ncase: other'))]),
      [('---', 1, 'error', 'the file holds several YAML documents')])
write('syntax_tab_indentation', 'A tab where YAML needs spaces.', body([('  team: {name: Team', '\tteam: {name: Team, side: current}')]),
      [('\tteam', ':', 'error', 'invalid YAML (illegal map value)')])
write('syntax_question_in_flow', 'A question mark in a text inside braces, unquoted.',
      body([('    label: Received?', '    label: {plain: Everything received ?, technical: Received?}')]),
      [('Everything received ?', '?,', 'error', 'invalid YAML')])
write('syntax_comma_in_flow', 'A comma in a text inside braces, unquoted.',
      body([('  code: {name: Code', '  code: {name: Code, for now, holder: team}')]),
      [('for now', 'for now', 'error', "unknown key 'for now' in component 'code'")])
bomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'] + ['a%d: &a%d [%s]' % (i, i, ', '.join(['*a%d' % (i - 1)] * 10)) for i in range(1, 10)]
write('alias_bomb', 'Aliases of aliases: nine short lines that stand for ten billion values.',
      body([('language: en', ('after', '\n'.join(bomb)))]),
      [('a0: &a0', '&', 'error', 'once its aliases (*name) are expanded, the file holds more than 1000000 values')])
raw('empty', b'', ['1:1: error: the file holds no case'])
write('only_comments', 'Nothing but comments.', ['# a', '# b'], [('# b', 1, 'error', 'the file holds no case')]) if False else None
with open(os.path.join(here, 'only_comments.yaml'), 'w') as f:
    f.write('# nothing but comments\n# and more comments\n')
with open(os.path.join(here, 'only_comments.expect'), 'w') as f:
    f.write('# expect: 1:1: error: the file holds no case\n')
raw('only_blank_lines', b'\n\n   \n\n', ['1:1: error: the file holds no case'])
raw('bom', b'\xef\xbb\xbf' + '\n'.join(base).encode('utf-8'), ['ok'])
raw('crlf_line_ends', '\r\n'.join(base).encode('utf-8'), ['ok'])
raw('cr_line_ends', '\r'.join(['# Old Mac line ends (a lone CR): read as lines, and the lines counted so.'] + body([('language: en', 'language: xx')])).encode('utf-8'),
    ["4:11: error: the language must be one of 'fr', 'en', not 'xx'"])
raw('invalid_utf8', '\n'.join(body([('title: Minimal handover', 'title: Minimal \udcff handover')])).encode('utf-8', 'surrogateescape'),
    ['2:16: error: the file is not valid UTF-8 (byte 0xFF)'])
raw('overlong_utf8', '\n'.join(body([('title: Minimal handover', 'title: Minimal \udcc0\udcaf handover')])).encode('utf-8', 'surrogateescape'),
    ['2:16: error: the file is not valid UTF-8 (byte 0xC0)'])
raw('utf16', '\n'.join(base).encode('utf-16'), ['1:1: error: the file is not valid UTF-8 (byte 0xFF)'])
raw('binary_junk', bytes((i * 37 + 11) % 256 for i in range(512)), ['1:5: error: the file is not valid UTF-8 (byte 0x9F)'])
raw('nul_byte', '\n'.join(body([('title: Minimal handover', 'title: Minimal\x00handover')])).encode('utf-8'),
    ['2:15: error: the file holds a NUL byte'])
raw('surrogate_in_utf8', '\n'.join(body([('title: Minimal handover', 'title: \udced\udca0\udc80')])).encode('utf-8', 'surrogateescape'),
    ['2:8: error: the file is not valid UTF-8 (byte 0xED)'])

# --- types ---------------------------------------------------------------------------------------
write('type_title_list', 'A list where a text is expected.', body([('title: Minimal handover', 'title: [a, b]')]),
      [('title: [a, b]', '[', 'error', "the title must be a text, or a map with 'plain' and 'technical' texts, not a list")])
write('type_actors_list', 'A list where a map of actors is expected.',
      body([('  team: {name: Team', '  - team'), ('  agency: {name: Agency', None), ('  board: {name: Board', None)]),
      [('  - team', '-', 'error', "'actors' must be a map from identifiers to definitions, not a list")])
write('type_components_scalar', 'One value where a map of components is expected.',
      body([('components:', 'components: code and data'), ('  code: {name: Code', None), ('  data: {name: Data', None)]),
      [('components: code', 'code and', 'error', "'components' must be a map from identifiers to definitions, not a single value")])
write('type_duration_text', 'A duration that is not a number.', body([step('more', '  - {id: more, actor: team, label: More docs, next: receipt, duration: soon}')]),
      [('duration: soon', 'soon', 'error', "step 'more' duration must be a number of working days between 0 and 1000, not 'soon'")])
write('type_duration_negative', 'A negative duration.', body([step('more', '  - {id: more, actor: team, label: More docs, next: receipt, duration: -3}')]),
      [('duration: -3', '-3', 'error', "step 'more' duration must be a number of working days")])
write('type_duration_nan', 'A duration that is not a number at all (.nan).', body([step('more', '  - {id: more, actor: team, label: More docs, next: receipt, duration: .nan}')]),
      [('duration: .nan', '.nan', 'error', "step 'more' duration must be a number of working days")])
write('type_duration_huge', 'A duration of 1e400 days.', body([step('more', '  - {id: more, actor: team, label: More docs, next: receipt, duration: 1e400}')]),
      [('duration: 1e400', '1e400', 'error', "step 'more' duration must be a number of working days")])
write('type_side_unknown', 'A side that does not exist.', body([('  agency: {name: Agency', '  agency: {name: Agency, side: vendor}')]),
      [('side: vendor', 'vendor', 'error', "actor 'agency' side must be one of 'current', 'next', 'funder', 'other', not 'vendor'")])
write('type_kind_unknown', 'A kind of node that does not exist.', body([step('more', '  - {id: more, kind: task, actor: team, label: More docs, next: receipt}')]),
      [('kind: task', 'task', 'error', "the kind of a node must be one of")])
write('type_step_with_answers', 'A step with answers, as only a decision has.',
      body([step('more', '  - {id: more, actor: team, label: More docs, next: {yes: receipt, no: end}}')]),
      [('{yes: receipt, no: end}', '{yes', 'error', "the 'next' of step 'more' must be the id of one node")])
write('type_decision_one_target', 'A decision with one target instead of answers.', body([('    next: {yes: switch, no: more}', '    next: switch')]),
      [('    next: switch', 'switch', 'error', "the 'next' of decision 'receipt' must map each answer to a node")])
write('type_key_is_map', 'A key that is itself a map.', body([('language: en', ('after', '? {a: b}\n: c'))]),
      [('? {a: b}', '{a', 'error', "the keys of the case must be names, not a map")])
write('type_language_unknown', 'A language passation does not speak.', body([('language: en', 'language: de')]),
      [('language: de', 'de', 'error', "the language must be one of 'fr', 'en', not 'de'")])
write('type_duration_years', 'A step of 5000 working days: twenty years.', body([step('more', '  - {id: more, actor: team, label: More docs, next: receipt, duration: 5000}')]),
      [('duration: 5000', '5000', 'error', "step 'more' duration must be a number of working days between 0 and 1000, not '5000'")])
write('far_deadline', 'A deadline in the year 9999: valid, and the chart keeps a few ticks.',
      body([('language: en', ('after', 'start: 2026-01-05\ndeadline: 9999-12-31'))]), ['ok'])
write('type_deadline_not_a_date', 'A deadline that is not a date.', body([('language: en', ('after', 'deadline: 2026-02-30'))]),
      [('deadline: 2026-02-30', '2026', 'error', "the deadline '2026-02-30' is not a day of the calendar: check the month and the day")])
write('type_binary_tag', 'A text tagged as binary data.', body([('title: Minimal handover', 'title: !!binary aGVsbG8=')]),
      ['ok'])

# --- unknown keys ------------------------------------------------------------------------------------
write('key_top_typo', 'A misspelt top-level key.', body([('language: en', 'langauge: en')]),
      [('langauge', 1, 'error', "unknown key 'langauge' in the case (did you mean 'language'?)")])
write('key_actor_typo', 'A misspelt key in an actor.', body([('  agency: {name: Agency', '  agency: {name: Agency, sied: next}')]),
      [('sied', 'sied', 'error', "unknown key 'sied' in actor 'agency' (did you mean 'side'?)")])
write('key_node_typo', 'A misspelt key in a process node.', body([step('more', '  - {id: more, actor: team, label: More docs, nxet: receipt}')]),
      [('nxet', 'nxet', 'error', "unknown key 'nxet' in a process node (did you mean 'next'?)")])
write('key_unrelated', 'A key that resembles nothing.', body([('language: en', ('after', 'colour: blue'))]),
      [('colour: blue', 1, 'error', "unknown key 'colour' in the case")])
write('key_merge', 'A YAML merge key, which case files do not use.',
      body([('  agency: {name: Agency', '  agency: {<<: {name: Agency}, side: next}')]),
      [('<<:', '<<', 'error', "unknown key '<<' in actor 'agency'")])

# --- duplicates ---------------------------------------------------------------------------------------
write('duplicate_top_key', 'The same top-level key twice.', body([('language: en', ('after', 'language: fr'))]),
      [('language: fr', 1, 'error', "key 'language' is written twice in the case (first at line 5)")])
write('duplicate_actor', 'The same actor twice.', body([('  board: {name: Board', ('after', '  team: {name: Other team, side: other}'))]),
      [('Other team', 3, 'error', "'team' is defined twice in 'actors' (first at line 7)")])
write('duplicate_node', 'Two process nodes with one id.', body([step('more', '  - {id: code, actor: team, label: More docs, next: receipt}')]),
      [('label: More docs', '{id', 'error', "process node 'code' is defined twice (first at line")])
write('duplicate_level', 'A level written twice.',
      body([('emergencies: {held_by: team}', ('after', 'skills:\n  s: {label: S, levels: [{id: low}, {id: low}]}'))]),
      [('levels: [{id: low}, {id: low}]', '{id: low}]', 'error', "level of skill 's' 'low' is defined twice")])
write('duplicate_scenario', 'The same scenario key twice.', body([('  code_only: {title', ('after', '  all: {title: Again, transfers: all}'))]),
      [('Again', 3, 'error', "'all' is defined twice in 'scenarios'")])
write('duplicate_answer', 'A decision answer written twice.', body([('    next: {yes: switch, no: more}', '    next: {yes: switch, yes: more}')]),
      [('{yes: switch, yes: more}', 'yes: more', 'error', "the answer 'yes' is written twice in decision 'receipt'")])

# --- references ---------------------------------------------------------------------------------------
write('ref_unknown_actor', 'A node done by nobody known.', body([step('more', '  - {id: more, actor: teams, label: More docs, next: receipt}')]),
      [('actor: teams', '{id', 'error', "step 'more' names actor 'teams', which is not defined in 'actors' (did you mean 'team'?)")])
write('ref_unknown_component', 'A node handing over a component that does not exist.',
      body([('{id: data, actor: team', '  - {id: data, actor: team, label: Data handed over, hands_over: [dat]}')]),
      [('hands_over: [dat]', '{id', 'error', "unknown component 'dat' (did you mean 'data'?)")])
write('ref_unknown_target', 'A step going to a node that does not exist.', body([step('more', '  - {id: more, actor: team, label: More docs, next: recipt}')]),
      [('next: recipt', 'recipt', 'error', "step 'more' goes to 'recipt', which is not a node of the process (did you mean 'receipt'?)")])
write('ref_unknown_emergency_holder', 'Emergencies held by nobody known.', body([('emergencies: {held_by: team}', 'emergencies: {held_by: tem}')]),
      [('held_by: tem', 'tem', 'error', "'emergencies' names actor 'tem', which is not defined in 'actors' (did you mean 'team'?)")])
write('ref_unknown_holder', 'A component held by nobody known.', body([('  code: {name: Code', '  code: {name: Code, holder: nobody}')]),
      [('holder: nobody', 'code', 'error', "component 'code' names actor 'nobody', which is not defined in 'actors'")])
write('ref_unknown_skill', 'A rule asking for a skill that does not exist.',
      body([('emergencies: {held_by: team}', ('after', 'rules:\n  - require: {magic: high}'))]),
      [('require: {magic: high}', 'magic', 'error', "unknown skill 'magic'")])
write('ref_path_id', 'An id that looks like a path.', body([('  code_only: {title', '  ../x: {title: Code only, transfers: [code]}')]),
      [('  ../x:', '../x', 'error', "the key of an entry of 'scenarios' '../x' is not a valid identifier")])
write('ref_device_id', 'A scenario id that Windows keeps for a device.', body([('  code_only: {title', '  CON: {title: Code only, transfers: [code]}')]),
      [('  CON:', 'CON', 'error', "the scenario id 'CON' is a device name on Windows")])
write('ref_ids_differ_by_capitals', 'Two scenario ids that differ only by capitals: one file name on macOS and Windows.',
      body([('  code_only: {title', '  ALL: {title: Code only, transfers: [code]}')]),
      [('  ALL:', 'ALL', 'error', "scenarios 'all' (line 14) and 'ALL' differ only by capitals")])
write('answers_free_text', 'Answers of a decision are texts drawn on the arrows, not identifiers.',
      body([('    next: {yes: switch, no: more}', '    next: {yes: switch, "pas encore, il manque des documents": more}')]), ['ok'])
write('answers_empty_and_twice', 'An empty answer, and an answer written twice.',
      body([('    next: {yes: switch, no: more}', '    next: {yes: switch, "": more, yes: more}')]),
      [('"": more', '"', 'error', "an answer of decision 'receipt' is empty"),
       ('yes: more', 'yes: more', 'error', "the answer 'yes' is written twice in decision 'receipt'")])
write('receipt_two_yes', 'A receipt decision with two answers that mean yes.',
      body([('    next: {yes: switch, no: more}', '    next: {yes: switch, oui: more}')]),
      [('  - id: receipt', 5, 'error', "decision 'receipt' has role 'receipt' and 2 answers 'oui' or 'yes'")])
write('ref_device_case_id', 'A case id that Windows keeps for a device.', body([('case: minimal', 'case: nul')]),
      [('case: nul', 'nul', 'error', "the case id 'nul' is a device name on Windows")])
write('ref_id_too_long', 'An id of 65 characters.', body([('  code_only: {title', '  ' + 'x' * 65 + ': {title: Code only, transfers: [code]}')]),
      [('x' * 65, 'x', 'error', "the key of an entry of 'scenarios' '" + 'x' * 65 + "' is not a valid identifier")])

# --- the process -----------------------------------------------------------------------------------------
write('process_no_start', 'No node is the start.', body([('{id: start, kind: start', '  - {id: start, actor: board, label: Begin}')]),
      [('process:', 'process', 'error', 'the process has no start')])
write('process_two_starts', 'Two nodes are the start.', body([('{id: start, kind: start', ('after', '  - {id: start2, kind: start, actor: board, next: code}'))]),
      [('start2', '{id', 'error', "the process has 2 starts; 'start2' is another one (keep exactly one)")])
write('process_no_end', 'No node is the end.', body([('{id: end, kind: end', None), ('{id: ok, role: validation', '  - {id: ok, role: validation, actor: board, label: Board signs off, next: start}')]),
      [('process:', 'process', 'error', 'the process has no end')])
write('process_cycle_without_decision', 'Two steps that send each other back and forth.',
      body([('{id: data, actor: team', '  - {id: data, actor: team, label: Data handed over, hands_over: [data], next: code}')]),
      [('{id: data,', '{id', 'error', "'data' goes back to 'code' without passing a decision: this loop never ends")])
write('process_self_loop', 'A step that goes back to itself.', body([step('more', '  - {id: more, actor: team, label: More docs, next: more}')]),
      [('{id: more,', '{id', 'error', "'more' goes back to 'more' without passing a decision")])
write('process_unreachable', 'A step nothing leads to.', body([('{id: end, kind: end', ('after', '  - {id: orphan, actor: team, label: Forgotten, next: end}'))]),
      [('id: orphan', '{id', 'error', "step 'orphan' cannot be reached from the start")])
write('process_decision_one_answer', 'A decision with one answer.', body([('    next: {yes: switch, no: more}', '    next: {yes: switch}')]),
      [('  - id: receipt', 'id', 'error', "decision 'receipt' needs at least two answers")])
write('process_receipt_without_yes', 'A receipt decision with no answer meaning yes.', body([('    next: {yes: switch, no: more}', '    next: {done: switch, no: more}')]),
      [('  - id: receipt', 'id', 'error', "decision 'receipt' has role 'receipt' but no answer 'oui' (or 'yes')")])
write('process_emergencies_too_early', 'The agency takes emergencies before confirming receipt.',
      body([('{id: data, actor: team', '  - {id: data, actor: team, label: Data handed over, hands_over: [data], emergencies: agency}')]),
      [('{id: data,', 'agency}', 'error', "'agency' holds emergencies during 'data', before receipt is confirmed")])
write('process_too_many_answers', 'A decision with 33 answers.',
      body([('    next: {yes: switch, no: more}', '    next: {' + ', '.join('a%d: more' % i for i in range(32)) + ', yes: switch}')]),
      [('a0: more', '{a0', 'error', "the case has 33 answers in decision 'receipt'; it may have at most 32")])
write('process_decision_with_when', 'A decision that depends on the scenario.',
      body([('    role: receipt', ('after', '    when: {transferred: [data]}'))]),
      [('  - id: receipt', 'id', 'error', "decision 'receipt' cannot depend on the scenario")])

# --- texts: legal but hostile, and over the limit ---------------------------------------------------------
def label(name, what, text, expects=['ok'], quote=True):
    value = ('"%s"' % text) if quote else text
    write(name, what, body([step('more', '  - {id: more, actor: team, label: ' + value + ', next: receipt}')]), expects)

label('text_script', 'A label that is a script.', '<script>alert(1)</script>')
label('text_svg_end', 'A label that closes the SVG.', '</text></g></svg><svg onload=alert(1)>')
label('text_cdata', 'A label that closes a CDATA section.', ']]><x/>')
label('text_quotes_backslashes', 'Quotes and Graphviz escapes (single-quoted YAML: backslashes are literal).',
      "'\\N \\G \\E \\T \\l \\n \" \\ \\\\ '' end'", quote=False)
label('text_record_characters', 'The characters of Graphviz records.', '{a|b} <p> [x]')
label('text_html_entities', 'Entities that must stay text.', '&amp; &lt;b&gt; &#x3C;script&#x3E; &nbsp;')
label('text_javascript_url', 'A javascript: link.', 'javascript:alert(document.cookie)')
label('text_formula', 'A spreadsheet formula.', '=HYPERLINK(\\"http://x.invalid\\",\\"clic\\")')
label('text_markdown', 'Markdown that would make a link, a table cell or a heading.', '# H | [x](javascript:alert(1)) **b** `c` ~d~')
label('text_emoji', 'Emoji and characters outside the BMP.', '🚑 urgences 𝔘 ☎')
label('text_rtl_override', 'A right-to-left override that reverses how the label reads.', 'abc\\u202Eevil.exe',
      [('{id: more,', '"abc', 'warning', "step 'more' label holds characters that change the direction of the text")])
label('text_control_characters', 'Control characters in a label.', 'a\\x01b\\x07c',
      [('{id: more,', '"a\\x01', 'warning', "step 'more' label holds control characters")])
label('text_zero_width', 'Zero-width characters.', 'in\\u200Bvisible\\u200D')
label('text_2000_characters', 'A label as long as allowed.', 'w' * 2000)
label('text_2001_characters', 'A label one character too long.', 'w' * 2001,
      [('{id: more,', '"www', 'error', "step 'more' label has 2001 characters; a text may have at most 2000")])
label('text_newlines', 'A label on several lines.', 'one\\ntwo\\nthree')
