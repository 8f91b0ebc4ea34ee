#!/usr/bin/python3
"""Keeps docs/case.schema.json in step with the loader (lib/load), which is the truth.

    check_schema.py SOURCE_DIR PASSATION_CLI

- every shipped case (cases/*.yaml) and every whole case shown in the docs passes both the schema
  and `passation check`, and each shipped case names the schema on its first line;
- every file of tests/schema/wrong/ is rejected by both, each for the reason it announces;
- every file of tests/schema/right/ (valid, but tricky) is accepted by both;
- every file of tests/schema/differ/ is judged as it announces: the few places where the schema
  cannot say what the loader says, written down so that a change on either side is seen;
- every file of tests/cases/valid/ and tests/hostile/ that the loader accepts passes the schema.

A file of wrong/, right/ or differ/ announces its verdicts in its first comment lines:

    # loader: ok                      (or a piece of the error message `passation check` prints)
    # schema: ok                      (or where the schema reports it: /actors/team/side; / for the top)

YAML is read as editors read it (YAML 1.2, as yaml-language-server does), not as PyYAML reads it
by default (YAML 1.1): see Yaml12Loader.
"""

import json
import pathlib
import re
import subprocess
import sys
import tempfile

try:
    import jsonschema
    import yaml
except ImportError as missing:
    sys.exit(f"schema.cases: the Python module '{missing.name}' is missing for {sys.executable}: "
             "run scripts/install-deps.sh --test (Debian's python3-jsonschema and python3-yaml)")

SCHEMA_LINE = "# yaml-language-server: $schema=../docs/case.schema.json"


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML's safe loader with the scalars of YAML 1.2's core schema, which editors use.

    PyYAML follows YAML 1.1, where `2026-01-05` is a date, `yes`/`no`/`on`/`off` are booleans and `010`
    is octal: in YAML 1.2, and for passation, they are texts (`010` is ten). Merge keys (`<<`) are
    merged, as yaml-language-server does even in YAML 1.2 (passation does not: see differ/). Keys are
    kept as written, since passation reads every key as text; a key written twice is an error, as
    it is for passation and editors.
    """


Yaml12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
              r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+.0123456789"),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("merge", r"^<<$", "<"),
]:
    Yaml12Loader.add_implicit_resolver(f"tag:yaml.org,2002:{tag}", re.compile(pattern), list(first))


def _int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text)


def _float(loader, node):
    text = loader.construct_scalar(node).lower()
    if text.endswith(".inf"):
        return float("-inf") if text.startswith("-") else float("inf")
    return float("nan") if text == ".nan" else float(text)


def _mapping(loader, node, deep=False):
    if not isinstance(node, yaml.MappingNode):
        raise yaml.constructor.ConstructorError(None, None, "expected a map", node.start_mark)
    written = sum(key.tag != "tag:yaml.org,2002:merge" for key, _ in node.value)
    loader.flatten_mapping(node)  # the merged entries first, then the ones written, which win
    merged = len(node.value) - written
    mapping, written_keys = {}, set()
    for index, (key_node, value_node) in enumerate(node.value):
        if not isinstance(key_node, yaml.ScalarNode):
            raise yaml.constructor.ConstructorError("in a map", node.start_mark, "a key that is not a name",
                                                    key_node.start_mark)
        key = "" if key_node.tag == "tag:yaml.org,2002:null" else key_node.value
        if index >= merged and key in written_keys:
            raise yaml.constructor.ConstructorError("in a map", node.start_mark, f"key '{key}' written twice",
                                                    key_node.start_mark)
        if index >= merged:
            written_keys.add(key)
        mapping[key] = loader.construct_object(value_node, deep=deep)
    return mapping


Yaml12Loader.add_constructor("tag:yaml.org,2002:bool",
                             lambda loader, node: loader.construct_scalar(node) in ("true", "True", "TRUE"))
Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _int)
Yaml12Loader.add_constructor("tag:yaml.org,2002:float", _float)
# YAML 1.2 has no binary type: passation and editors keep such a value as the text written.
Yaml12Loader.add_constructor("tag:yaml.org,2002:binary", lambda loader, node: loader.construct_scalar(node))
Yaml12Loader.construct_mapping = _mapping


def schema_verdict(validator, path):
    """None when the schema accepts the file, else [(path, message)] of what it reports."""
    try:
        document = yaml.load(path.read_bytes(), Loader=Yaml12Loader)
    except yaml.YAMLError as error:
        return [("/", f"YAML: {' '.join(str(error).split())}")]
    errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    if not errors:
        return None
    return [("/" + "/".join(map(str, e.absolute_path)), e.message[:300]) for e in errors]


def loader_verdict(cli, path):
    """None when `passation check` accepts the file, else the errors it prints."""
    run = subprocess.run([cli, "check", str(path)], capture_output=True, text=True, timeout=60)
    if run.returncode == 0:
        return None
    if run.returncode != 1:
        raise RuntimeError(f"`passation check {path}` exited {run.returncode}:\n{run.stderr}")
    return [line for line in run.stderr.splitlines() if ": error: " in line] or run.stderr.splitlines()


def expectations(path):
    """The '# loader:' and '# schema:' lines at the top of a file of wrong/, right/ or differ/."""
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        match = re.match(r"#\s*(loader|schema):\s*(.+?)\s*$", line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def describe(verdict):
    """What one side said: schema errors come as (path, message), the loader's as lines."""
    if verdict is None:
        return "accepts it"
    lines = [f"at {item[0]}: {item[1]}" if isinstance(item, tuple) else item for item in verdict]
    return "rejects it:\n      " + "\n      ".join(lines[:6]) + ("\n      ..." if len(lines) > 6 else "")


class Report:
    def __init__(self):
        self.failures = []
        self.checked = 0

    def fail(self, path, why, schema, loader):
        self.failures.append(f"{path}: {why}\n    the schema {describe(schema)}\n"
                             f"    passation check {describe(loader)}")


def within(where, place):
    """Whether the schema's error at `where` (/actors/team/side) is at `place` or inside it."""
    return where == place or where.startswith(place.rstrip("/") + "/")


def judge_announced(report, validator, cli, path, kind, root):
    """A file of wrong/, right/ or differ/: each side's verdict is the one the file announces."""
    expect = expectations(path)
    name = path.relative_to(root)
    if "loader" not in expect or "schema" not in expect:
        report.failures.append(f"{name}: announce the verdicts at the top: '# loader: ok|<message>' and "
                               "'# schema: ok|<path>'")
        return
    accepted = {side: expect[side] == "ok" for side in ("loader", "schema")}
    if kind == "wrong" and (accepted["loader"] or accepted["schema"]):
        report.failures.append(f"{name}: a file of wrong/ must be rejected by both sides; move it")
        return
    if kind == "right" and not (accepted["loader"] and accepted["schema"]):
        report.failures.append(f"{name}: a file of right/ must be accepted by both sides; move it")
        return
    if kind == "differ" and accepted["loader"] == accepted["schema"]:
        report.failures.append(f"{name}: the two sides agree on a file of differ/: move it to right/ or wrong/")
        return
    schema = schema_verdict(validator, path)
    loader = loader_verdict(cli, path)
    report.checked += 1
    problems = []
    if accepted["schema"] != (schema is None):
        problems.append("the schema should " + ("accept it" if accepted["schema"] else "reject it"))
    elif schema is not None and not any(within(where, expect["schema"]) for where, _ in schema):
        problems.append(f"the schema should report it at '{expect['schema']}'")
    if accepted["loader"] != (loader is None):
        problems.append("passation check should " + ("accept it" if accepted["loader"] else "reject it"))
    elif loader is not None and not any(expect["loader"] in line for line in loader):
        problems.append(f"passation check should say '{expect['loader']}'")
    if problems:
        report.fail(name, "; ".join(problems), schema, loader)


def whole_cases_in_docs(root):
    """The ```yaml blocks of the docs that are whole case files: those with a top-level 'case:'."""
    for doc in sorted([root / "README.md", *(root / "docs").rglob("*.md")]):
        text = doc.read_text(encoding="utf-8")
        for block in re.finditer(r"^```yaml\n(.*?)^```", text, re.S | re.M):
            if re.search(r"^case:", block.group(1), re.M):
                line = text.count("\n", 0, block.start()) + 1
                yield f"{doc.relative_to(root)}:{line}", block.group(1)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    root = pathlib.Path(sys.argv[1]).resolve()
    cli = sys.argv[2]
    here = root / "tests" / "schema"
    schema = json.loads((root / "docs" / "case.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    report = Report()

    def both_accept(path, name):
        schema_says, loader_says = schema_verdict(validator, path), loader_verdict(cli, path)
        report.checked += 1
        if schema_says is not None or loader_says is not None:
            report.fail(name, "both sides must accept it", schema_says, loader_says)

    shipped = sorted((root / "cases").glob("*.yaml"))
    for case in shipped:
        name = case.relative_to(root)
        if case.read_text(encoding="utf-8").split("\n", 1)[0] != SCHEMA_LINE:
            report.failures.append(f"{name}: its first line must be '{SCHEMA_LINE}' (editors find the "
                                   "schema by it)")
        both_accept(case, name)

    examples = list(whole_cases_in_docs(root))
    with tempfile.TemporaryDirectory() as folder:
        for where, block in examples:
            copy = pathlib.Path(folder) / "example.yaml"
            copy.write_text(block, encoding="utf-8")
            both_accept(copy, where)

    announced = {kind: sorted((here / kind).glob("*.yaml")) for kind in ("wrong", "right", "differ")}
    for kind, files in announced.items():
        for path in files:
            judge_announced(report, validator, cli, path, kind, root)

    # The test cases passation accepts must pass the schema (the ones it rejects are rejected for
    # reasons of all kinds, many beyond a schema: references, the handover process).
    borrowed = 0
    tests = root / "tests"
    for path in sorted([*(tests / "cases" / "valid").glob("*.yaml"), *(tests / "hostile").glob("*.yaml")]):
        if loader_verdict(cli, path) is None:
            borrowed += 1
            report.checked += 1
            schema_says = schema_verdict(validator, path)
            if schema_says is not None:
                report.fail(path.relative_to(root), "passation accepts it: the schema must too", schema_says, None)

    # A glob that finds nothing would make a test that cannot fail.
    for what, count, least in [("shipped cases", len(shipped), 2), ("whole cases in the docs", len(examples), 1),
                               ("files in wrong/", len(announced["wrong"]), 20),
                               ("files in right/", len(announced["right"]), 3),
                               ("accepted test cases", borrowed, 2)]:
        if count < least:
            report.failures.append(f"only {count} {what} found (at least {least} expected): are the paths right?")

    if report.failures:
        print(f"{len(report.failures)} disagreement(s) between docs/case.schema.json and passation check:\n")
        print("\n\n".join(report.failures))
        print("\nThe loader (lib/load) is the truth: fix the schema, or the file's announced verdicts.")
        return 1
    print(f"docs/case.schema.json agrees with passation check on {report.checked} files: {len(shipped)} shipped "
          f"cases, {len(examples)} examples of the docs, {len(announced['wrong'])} wrong, {len(announced['right'])} "
          f"right, {len(announced['differ'])} known differences, {borrowed} accepted test cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
