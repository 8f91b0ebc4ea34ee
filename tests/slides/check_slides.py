#!/usr/bin/python3
"""Puts a flowchart of passation on slides the way docs/slides.md says, and fails when its text
does not survive as text.

  check_slides.py PASSATION_BINARY WORK_FOLDER

LibreOffice Impress: a flat ODP deck (16:9, 28 cm x 15.75 cm) with the scenario B1 flowchart
embedded once as SVG and once as PDF, converted to PDF by LibreOffice. LaTeX Beamer: a frame that
includes the PDF flowchart with \\includegraphics, compiled by pdflatex. In every result, each
line of text of the flowchart (read from the SVG passation wrote, not hard-coded) must come out
of pdftotext, the drawing must stay vector (no raster image on the page), its fonts must be
embedded, and all of its text must lie inside the picture's frame (nothing cropped or moved).
"""

import base64
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

SVG_NS = "{http://www.w3.org/2000/svg}"
CM = 72 / 2.54  # points per centimetre
SLIDE_W, SLIDE_H = 28.0, 15.75  # a 16:9 Impress slide, in cm
MARGIN = 0.5  # cm around the picture


def fail(message):
    print(f"check_slides: {message}", file=sys.stderr)
    sys.exit(1)


def run(command, cwd=None, timeout=300):
    try:
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        fail(f"{command[0]} took more than {timeout} s: {' '.join(map(str, command))}")
    return done


def output(command, **kwargs):
    done = run(command, **kwargs)
    if done.returncode != 0:
        fail(f"{' '.join(map(str, command))} failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return done.stdout


def normalise(text):
    # pdftotext may give a no-break space as a plain one and a ligature as one character (Chromium
    # writes "ﬁ"); neither means the text was lost.
    text = unicodedata.normalize("NFKC", text).replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"[ \t]+", " ", text)


def diagram_lines(svg_path):
    """Every line of text of the drawing, in order, and the title (the first, in bold)."""
    root = ET.parse(svg_path).getroot()
    lines = [normalise("".join(t.itertext())).strip() for t in root.iter(SVG_NS + "text")]
    lines = [line for line in lines if line]
    title = next((normalise(t.text or "").strip() for t in root.iter(SVG_NS + "text") if t.get("font-weight") == "bold"), "")
    if not title or lines[0] != title:
        fail(f"{svg_path}: the first text is not a bold title ({lines[:1]})")
    # The steps: nodes of the process (n1, n2...) drawn as a box with a band (several shapes).
    steps = []
    for node in root.iter(SVG_NS + "g"):
        name = node.find(SVG_NS + "title")
        if node.get("class") != "node" or name is None or not re.fullmatch(r"n\d+", name.text or ""):
            continue
        shapes = [c for c in node if c.tag in (SVG_NS + "path", SVG_NS + "polygon")]
        texts = [normalise("".join(t.itertext())).strip() for t in node.iter(SVG_NS + "text")]
        if len(shapes) >= 3 and texts:
            steps.append(texts[0])
    if len(steps) < 3:
        fail(f"{svg_path}: fewer than 3 steps found ({steps}): has the SVG's structure changed?")
    if not any(ord(c) > 127 for line in [title] + steps for c in line):
        fail(f"{svg_path}: no accented letter in the title or the steps: the check would not test them")
    return title, steps, lines


def check_text(where, text, title, steps, lines):
    """Every line of the drawing is in the text, as often as in the drawing."""
    text = normalise(text)
    drawn = "\n".join(lines)
    for expected in [title] + steps:
        if expected not in text:
            fail(f"{where}: \"{expected}\" did not survive as text")
    for line in sorted(set(lines)):
        if text.count(line) < drawn.count(line):
            fail(f"{where}: \"{line}\" is {drawn.count(line)} times in the flowchart, {text.count(line)} in the text")


def words_in_box(pdf, page, box, ignore=()):
    """The words of a page outside `box` (x0, y0, x1, y1 in points, origin at the top left), and
    the vertical extent of all of them but those in `ignore` (the slide's own words)."""
    html = output(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"])
    outside, top, bottom = [], None, None
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html):
        x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
        if m.group(5) in ignore:
            continue
        top = y0 if top is None else min(top, y0)
        bottom = y1 if bottom is None else max(bottom, y1)
        if x0 < box[0] - 1 or y0 < box[1] - 1 or x1 > box[2] + 1 or y1 > box[3] + 1:
            outside.append(m.group(5))
    if top is None:
        fail(f"{pdf} page {page}: no words at all")
    return outside, top, bottom


def check_page(pdf, page, box, title, steps, lines, what, ignore=(), fill=0.85):
    where = f"{what} ({pdf}, page {page})"
    check_text(where, output(["pdftotext", "-f", str(page), "-l", str(page), pdf, "-"]), title, steps, lines)
    images = output(["pdfimages", "-list", "-f", str(page), "-l", str(page), pdf]).splitlines()[2:]
    if images:
        fail(f"{where}: the flowchart was rasterised ({len(images)} image(s) on the page)")
    outside, top, bottom = words_in_box(pdf, page, box, ignore)
    if outside:
        fail(f"{where}: words outside the picture's frame {box}: {outside[:8]}")
    # The drawing fills its frame: from the title near the top to the legend near the bottom (the
    # PDF flowchart has a white margin of half an inch, about 2.5 % of its height on each side).
    if bottom - top < fill * (box[3] - box[1]):
        fail(f"{where}: the text spans {bottom - top:.0f} pt of the frame's {box[3] - box[1]:.0f}: the drawing is shrunk or cut")


def check_fonts(pdf, what):
    rows = output(["pdffonts", pdf]).splitlines()[2:]
    if not any("DejaVuSans" in row.split()[0] for row in rows):
        fail(f"{what}: no DejaVu Sans font in {pdf}: the flowchart's text is drawn in another font")
    # The columns before "emb" may hold spaces (type "CID TrueType"): count from the end.
    not_embedded = [row.split()[0] for row in rows if row.split()[-5] != "yes"]
    if not_embedded:
        fail(f"{what}: fonts not embedded in {pdf}: {not_embedded}")


def page_size(pdf):
    m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", output(["pdfinfo", pdf]))
    return float(m.group(1)), float(m.group(2))


def svg_size(svg):
    root = ET.parse(svg).getroot()
    return tuple(float(root.get(a).removesuffix("pt")) for a in ("width", "height"))


def fitted_frame(width_pt, height_pt):
    """x, y, width, height in cm of a picture fitted in the slide minus its margins, centred."""
    scale = min((SLIDE_W - 2 * MARGIN) / width_pt, (SLIDE_H - 2 * MARGIN) / height_pt)
    w, h = width_pt * scale, height_pt * scale
    return (SLIDE_W - w) / 2, (SLIDE_H - h) / 2, w, h


def impress_deck(pictures):
    """A flat ODP presentation, one slide per (file, MIME type, natural size), the file embedded."""
    slides = []
    for n, (path, mime, size) in enumerate(pictures, 1):
        x, y, w, h = fitted_frame(*size)
        data = base64.b64encode(Path(path).read_bytes()).decode()
        slides.append(f"""  <draw:page draw:name="slide{n}" draw:master-page-name="Wide">
   <draw:frame draw:name="diagram{n}" svg:x="{x:.3f}cm" svg:y="{y:.3f}cm" svg:width="{w:.3f}cm" svg:height="{h:.3f}cm">
    <draw:image draw:mime-type="{mime}"><office:binary-data>{data}</office:binary-data></draw:image>
   </draw:frame>
  </draw:page>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation"
 xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0">
 <office:automatic-styles>
  <style:page-layout style:name="Wide16x9">
   <style:page-layout-properties fo:page-width="{SLIDE_W}cm" fo:page-height="{SLIDE_H}cm" fo:margin-top="0cm"
    fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" style:print-orientation="landscape"/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Wide" style:page-layout-name="Wide16x9"/></office:master-styles>
 <office:body>
  <office:presentation>
{chr(10).join(slides)}
  </office:presentation>
 </office:body>
</office:document>
"""


def convert_with_libreoffice(source, outdir, profile):
    result = Path(outdir) / (Path(source).stem + ".pdf")
    command = ["timeout", "300", "libreoffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(outdir), str(source)]
    # A private profile: LibreOffice builds it on its first start (slow, and on some machines that
    # first start returns without converting), and two tests with profiles of their own can run at
    # once. Hence one more try, with the profile now built.
    for attempt in (1, 2):
        done = run(command, timeout=330)
        if done.returncode == 0 and result.exists():
            return result
        print(f"check_slides: LibreOffice attempt {attempt} wrote nothing ({done.returncode}): {done.stderr.strip()[-500:]}",
              file=sys.stderr)
    fail(f"LibreOffice cannot convert {source} to PDF")


def beamer_source(pdf_name):
    # What docs/slides.md recommends: the PDF flowchart, its half-inch white margin trimmed, as
    # large as the frame allows.
    return rf"""\documentclass[aspectratio=169]{{beamer}}
\begin{{document}}
\begin{{frame}}{{Handover}}
  \centering
  \includegraphics[width=\linewidth,height=0.8\textheight,keepaspectratio,trim=0.5in 0.5in 0.5in 0.5in,clip]{{{pdf_name}}}
\end{{frame}}
\end{{document}}
"""


def main():
    if len(sys.argv) != 3:
        fail("usage: check_slides.py PASSATION_BINARY WORK_FOLDER")
    passation, work = sys.argv[1], Path(sys.argv[2]).resolve()
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    # LibreOffice and TeX write caches under HOME: a fresh one, so the test is the same on a new machine.
    os.environ["HOME"] = str(work / "home")
    (work / "home").mkdir()
    for tool in ("libreoffice", "pdftotext", "pdfinfo", "pdffonts", "pdfimages", "pdflatex"):
        if not shutil.which(tool):
            fail(f"{tool} is missing: run scripts/install-deps.sh --test")

    diagrams = work / "diagrams"
    output([passation, "render", "-s", "B1", "-a", "plain", "-f", "svg", "-f", "pdf", "-o", str(diagrams)])
    svg, pdf = diagrams / "scenario-B1-plain.svg", diagrams / "scenario-B1-plain.pdf"
    title, steps, lines = diagram_lines(svg)

    # LibreOffice Impress: slide 1 the SVG, slide 2 the PDF, each at the size of its own page.
    pictures = [(svg, "image/svg+xml", svg_size(svg)), (pdf, "application/pdf", page_size(pdf))]
    deck = work / "impress" / "slides.fodp"
    deck.parent.mkdir()
    deck.write_text(impress_deck(pictures), encoding="utf-8")
    converted = convert_with_libreoffice(deck, work / "impress", work / "lo-profile")
    width, height = page_size(converted)
    if abs(width - SLIDE_W * CM) > 1 or abs(height - SLIDE_H * CM) > 1:
        fail(f"{converted}: pages of {width} x {height} pt, not {SLIDE_W} x {SLIDE_H} cm")
    for page, (path, mime, size) in enumerate(pictures, 1):
        x, y, w, h = (v * CM for v in fitted_frame(*size))
        check_page(converted, page, (x, y, x + w, y + h), title, steps, lines, f"Impress, flowchart as {path.suffix[1:].upper()}")
    check_fonts(converted, "Impress")

    # LaTeX Beamer.
    beamer = work / "beamer"
    beamer.mkdir()
    shutil.copy(pdf, beamer / pdf.name)
    (beamer / "slides.tex").write_text(beamer_source(pdf.name), encoding="utf-8")
    done = run(["timeout", "120", "pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "slides.tex"],
               cwd=beamer, timeout=150)
    if done.returncode != 0 or not (beamer / "slides.pdf").exists():
        fail(f"pdflatex cannot build the Beamer slide ({done.returncode}):\n{done.stdout[-3000:]}")
    width, height = page_size(beamer / "slides.pdf")
    # The picture is 80 % of the text's height, the text a little less than the page's: from its
    # title to its legend the flowchart spans three quarters of the page (0.76 here).
    check_page(beamer / "slides.pdf", 1, (0, 0, width, height), title, steps, lines, "Beamer", {"Handover"}, 0.7)
    check_fonts(beamer / "slides.pdf", "Beamer")
    print(f"check_slides: the B1 flowchart (title \"{title}\", {len(steps)} steps, {len(lines)} lines of text) "
          "stays vector text in Impress (as SVG and as PDF) and in Beamer")


if __name__ == "__main__":
    main()
