#!/usr/bin/env python3
"""The documentation cannot drift from the command, nor point to what is not there.

  check_docs.py groff MAN_PAGE
      groff formats the man page without a single warning (-ww: every warning on).
  check_docs.py man PASSATION MAN_PAGE
      every subcommand that `passation --help` lists has its section (.SS name) in the man page,
      and every option of `passation <command> --help` is named in that section (its short or
      its long name).
  check_docs.py markdown PASSATION PAGE...
      every subcommand that `passation --help` lists has its section (## `passation name`) in
      each Markdown page (docs/cli.md, docs/fr/commandes.md), which names each of its options, or
      links to the section of the options the reports share, which names them.
  check_docs.py examples PASSATION SOURCE_DIR WORK_DIR
      every command quoted in the command references and the tutorials (a line "$ passation …" in
      a code block) is run, in a fresh folder under WORK_DIR, and every line of output the page
      quotes under it must be a line of what it prints ("…" stands for lines left out; absolute
      paths under /tmp/ stand for the folder). The reference pages run their commands in order;
      the tutorials run theirs on the case they reach at the end of their step 3
      (tests/docs/tutorial/), without `init` and `check`, whose outputs quote earlier states.
      Sessions of `--watch` and `pack` (which prints sizes) are not run.
  check_docs.py links DOCS_DIR
      every relative link of the Markdown pages of DOCS_DIR and DOCS_DIR/fr leads to a file that
      exists (and to a heading that exists, for page.md#anchor); every French page links to its
      English twin in its first lines ("English: [...](../page.md)"), and the twin links back in
      its first lines ("Français : [...](fr/page.md)").
"""
import os
import re
import shutil
import subprocess
import sys


def run(*command):
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} exited with {done.returncode}:\n{done.stderr}")
    return done.stdout


def subcommands(passation):
    """The subcommands `passation --help` lists, in its order."""
    text = run(passation, "--help")
    names = []
    in_list = False
    for line in text.splitlines():
        if line.startswith("Subcommands:"):
            in_list = True
        elif in_list and re.match(r"^  \S", line):
            names.append(line.split()[0])
        elif in_list and line and not line.startswith(" "):
            in_list = False
    if not names:
        sys.exit(f"`{passation} --help` lists no subcommand:\n{text}")
    return names


def options_of(passation, command):
    """The options of `passation <command> --help` but --help, each as the names it has
    (['-s', '--scenario'], ['--overview'])."""
    text = run(passation, command, "--help")
    options = text.split("Options:", 1)[1] if "Options:" in text else ""
    found = []
    for line in options.splitlines():
        m = re.match(r"^\s+((?:-\w,)?--[\w-]+)", line)
        if m and m.group(1) != "-h,--help":
            found.append(m.group(1).split(","))
    return found


def plain_roff(text):
    """The man page's words without roff's escapes: \\- is -, fonts are dropped."""
    text = re.sub(r"\\f[BIRP]", "", text)
    return text.replace("\\-", "-").replace('"', "")


def man_sections(page):
    """Section name -> its text, for every .SS of the man page."""
    sections = {}
    name = None
    for line in open(page, encoding="utf-8"):
        m = re.match(r"^\.SS\s+(.+?)\s*$", line)
        if m:
            name = m.group(1).strip('"')
            sections[name] = ""
        elif line.startswith(".SH"):
            name = None
        elif name is not None:
            sections[name] += plain_roff(line)
    return sections


def check_groff(page):
    done = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z", page], capture_output=True, text=True, timeout=60)
    if done.returncode != 0 or done.stderr.strip():
        sys.exit(f"groff warns about {page} (exit {done.returncode}):\n{done.stderr}")
    print(f"{page}: groff prints no warning")


def check_man(passation, page):
    sections = man_sections(page)
    problems = []
    commands = subcommands(passation)
    for command in commands:
        if command not in sections:
            problems.append(f"{page}: no section '.SS {command}' for `passation {command}`")
            continue
        for names in options_of(passation, command):
            if not any(re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", sections[command]) for name in names):
                problems.append(f"{page}: section '{command}' does not name {' or '.join(names)} (`passation {command} --help`)")
    for name in sections:
        if name not in commands:
            problems.append(f"{page}: section '.SS {name}' is not a subcommand of `passation --help`")
    if problems:
        sys.exit("\n".join(problems))
    print(f"{page}: {len(commands)} subcommands, each with its options")


def markdown_sections(text):
    """Heading -> its text, for every `## ` heading of a Markdown page."""
    sections = {}
    name = None
    for line in text.splitlines():
        if line.startswith("## "):
            name = line[3:].strip()
            sections[name] = ""
        elif name is not None:
            sections[name] += line + "\n"
    return sections


def check_markdown(passation, pages):
    """Every subcommand has its section, which names each of its options (or links to the section
    of the options the reports share, which names them)."""
    problems = []
    commands = subcommands(passation)
    for page in pages:
        sections = markdown_sections(open(page, encoding="utf-8").read())
        shared = {}
        for name, text in sections.items():
            if not name.startswith("`passation ") and "--separator" in text:
                shared[name] = text
        for command in commands:
            text = sections.get(f"`passation {command}`")
            if text is None:
                problems.append(f"{page}: no heading '## `passation {command}`'")
                continue
            named = text + "".join(t for name, t in shared.items() if f"(#{slug(name)})" in text)
            for names in options_of(passation, command):
                if not any(re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", named) for n in names):
                    problems.append(f"{page}: section `passation {command}` does not name {' or '.join(names)}")
    if problems:
        sys.exit("\n".join(problems))
    print(f"{', '.join(pages)}: each of the {len(commands)} subcommands has its section, which names its options")


def slug(heading):
    """GitHub's anchor for a heading."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def anchors(page):
    """GitHub's anchors for the headings of a Markdown page."""
    found = set()
    in_code = False
    for line in open(page, encoding="utf-8"):
        if line.startswith("```"):
            in_code = not in_code
        m = None if in_code else re.match(r"^#+\s+(.*?)\s*$", line)
        if m:
            found.add(slug(m.group(1)))
    return found


def links_of(page):
    """The (line number, target) of every Markdown link of a page, outside code blocks."""
    in_code = False
    for number, line in enumerate(open(page, encoding="utf-8"), 1):
        if line.startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            continue
        for m in re.finditer(r"\]\(([^)\s]+)\)", re.sub(r"`[^`]*`", "", line)):
            yield number, m.group(1)


def check_links(docs, top_lines=8):
    problems = []
    pages = sorted(os.path.join(docs, name) for name in os.listdir(docs) if name.endswith(".md"))
    french = os.path.join(docs, "fr")
    if os.path.isdir(french):
        pages += sorted(os.path.join(french, name) for name in os.listdir(french) if name.endswith(".md"))
    for page in pages:
        for number, target in links_of(page):
            if re.match(r"^[a-z]+:", target):
                continue
            path, _, anchor = target.partition("#")
            resolved = os.path.normpath(os.path.join(os.path.dirname(page), path)) if path else page
            if not os.path.exists(resolved):
                problems.append(f"{page}:{number}: the link to {target} leads nowhere")
            elif anchor and resolved.endswith(".md") and anchor not in anchors(resolved):
                problems.append(f"{page}:{number}: {path} has no heading #{anchor}")
    for page in pages:
        if os.path.dirname(page) != french:
            continue
        head = "".join(open(page, encoding="utf-8").readlines()[:top_lines])
        m = re.search(r"\]\((\.\./[^)#]+\.md)\)", head)
        if not m:
            problems.append(f"{page}: no link to its English twin (../page.md) in its first {top_lines} lines")
            continue
        twin = os.path.normpath(os.path.join(french, m.group(1)))
        back = os.path.relpath(page, os.path.dirname(twin))
        if not os.path.exists(twin) or f"]({back})" not in "".join(open(twin, encoding="utf-8").readlines()[:top_lines]):
            problems.append(f"{page}: its English twin {twin} does not link back to ({back}) in its first {top_lines} lines")
    if problems:
        sys.exit("\n".join(problems))
    print(f"{len(pages)} pages: every relative link leads somewhere, every French page has its twin")


# Each page whose examples are run: the files its folder starts with, and the commands it skips.
EXAMPLE_PAGES = [
    ("docs/cli.md", ["tests/cases/invalid/misspelt_key.yaml", "tests/cases/invalid/unreachable_step.yaml"], ()),
    ("docs/fr/commandes.md", ["tests/cases/invalid/misspelt_key.yaml", "tests/cases/invalid/unreachable_step.yaml"], ()),
    ("docs/tutorial.md", ["tests/docs/tutorial/my-case.yaml"], ("init", "check")),
    ("docs/fr/tutoriel.md", ["tests/docs/tutorial/mon-cas.yaml"], ("init", "check")),
]


def quoted_commands(text):
    """(command, quoted output lines) for every "$ passation …" line of the page's code blocks."""
    for block in re.findall(r"^```\n(.*?)^```", text, re.MULTILINE | re.DOTALL):
        command = None
        for line in block.split("\n"):
            if line.startswith("$ "):
                if command:
                    yield command, output
                command = line[2:] if line.startswith("$ passation") else None
                output = []
            elif command is not None:
                output.append(line)
        if command:
            yield command, output


def check_examples(passation, source, work):
    passation, source, work = os.path.abspath(passation), os.path.abspath(source), os.path.abspath(work)
    problems = []
    run_count = 0
    for page, files, skipped in EXAMPLE_PAGES:
        folder = os.path.join(work, page.replace("/", "_"))
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        os.symlink(os.path.join(source, "cases"), os.path.join(folder, "cases"))
        for name in files:
            shutil.copy(os.path.join(source, name), folder)
        for command, quoted in quoted_commands(open(os.path.join(source, page), encoding="utf-8").read()):
            words = command.split("#")[0].split()
            if "--watch" in words or "-w" in words or words[1] == "pack" or words[1] in skipped:
                continue
            done = subprocess.run(command.split("  #")[0].replace("passation", f"'{passation}'", 1), shell=True,
                                  cwd=folder, capture_output=True, text=True, timeout=120)
            run_count += 1
            printed = set((done.stdout + done.stderr).replace(folder, "<dir>").split("\n"))
            for line in quoted:
                if not line.strip() or line.strip() == "…":
                    continue
                if re.sub(r"/tmp/[\w.-]+", "<dir>", line) not in printed:
                    problems.append(f"{page}: `{command}` does not print: {line}")
    if problems:
        sys.exit("\n".join(problems))
    print(f"{run_count} commands of the docs print what the docs quote")


if __name__ == "__main__":
    mode, args = sys.argv[1], sys.argv[2:]
    if mode == "groff" and len(args) == 1:
        check_groff(*args)
    elif mode == "man" and len(args) == 2:
        check_man(*args)
    elif mode == "markdown" and len(args) >= 2:
        check_markdown(args[0], args[1:])
    elif mode == "examples" and len(args) == 3:
        check_examples(*args)
    elif mode == "links" and len(args) == 1:
        check_links(*args)
    else:
        sys.exit(__doc__)
