"""Official-looking sources made from a seed text, for the tests: a multi-page PDF with a running
header, page numbers and words hyphenated at line ends (fpdf2), and web pages in the shape of
GOV.UK and of a French ministry's site (cookie banner, navigation, breadcrumbs, related links,
licence footer, scripts). Nothing real is downloaded: the words are the seed's."""

from __future__ import annotations

import html
import re
from pathlib import Path

from fpdf import FPDF

BULLET_LINE = re.compile(r"^\s*(?:[•▪●◦]|-(?=\s|$))\s*")


def paragraphs(text: str) -> list[str]:
    """A seed text's non-empty lines; a lone `-` bullet line joins the line after it."""
    out: list[str] = []
    pending_bullet = False
    for line in (line.strip() for line in text.splitlines()):
        if not line:
            continue
        if line == "-":
            pending_bullet = True
            continue
        out.append(f"• {line}" if pending_bullet and not line.startswith("•") else line)
        pending_bullet = False
    return out


# --- PDF ----------------------------------------------------------------------------------------


class _Paper(FPDF):
    running_header = ""
    footer_style = "Page {n} of {total}"

    def header(self) -> None:
        self.set_font("Helvetica", size=8)
        self.cell(0, 8, self.running_header, align="C")
        self.ln(12)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", size=8)
        self.cell(0, 10, self.footer_style.format(n=self.page_no(), total="{nb}"), align="C")


def _wrap(pdf: FPDF, text: str, width: float, hyphenate: bool) -> list[str]:
    """Greedy line breaking; a long word that does not fit is hyphenated at the line's end."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if pdf.get_string_width(trial) <= width:
            current = trial
            continue
        if hyphenate and len(word) >= 9 and word.isalpha():
            for cut in range(len(word) - 3, 3, -1):
                head = f"{current} {word[:cut]}-" if current else f"{word[:cut]}-"
                if pdf.get_string_width(head) <= width:
                    lines.append(head)
                    current = word[cut:]
                    break
            else:
                lines.append(current)
                current = word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def pdf_from_text(
    text: str,
    running_header: str = "UK-France Summit 2010 | Declaration on Immigration",
    footer_style: str = "Page {n} of {total}",
    page_format: tuple[float, float] = (148, 210),  # A5, in mm
    hyphenate: bool = True,
) -> bytes:
    """The seed text typeset as a PDF: several pages, each with the running header and its page
    number; list items with a hanging bullet; long words hyphenated at line ends."""
    pdf = _Paper(format=page_format)
    pdf.running_header = running_header
    pdf.footer_style = footer_style
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title("Microsoft Word - declaration_final_v3.docx")  # what real PDFs often say
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    width = pdf.epw
    for para in paragraphs(text):
        bullet = para.startswith("•")
        body = BULLET_LINE.sub("", para) if bullet else para
        indent = 6 if bullet else 0
        for i, line in enumerate(_wrap(pdf, body, width - indent, hyphenate)):
            pdf.set_x(pdf.l_margin)
            if bullet and i == 0:
                pdf.cell(indent, 5, "•")
            else:
                pdf.set_x(pdf.l_margin + indent)
            pdf.cell(width - indent, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


def scanned_pdf(pages: int = 2) -> bytes:
    """A PDF whose pages hold only drawn shapes (as a scan holds only images): no text layer."""
    pdf = FPDF(format=(148, 210))
    for _ in range(pages):
        pdf.add_page()
        for y in range(20, 180, 8):
            pdf.rect(15, y, 110, 4, style="F")
    return bytes(pdf.output())


# --- web pages ----------------------------------------------------------------------------------

SCRIPT = '<script>document.write("<p>INJECTED by script</p>");window.tracking={"id":1}</script>'


def _body_html(text: str) -> str:
    """The seed's paragraphs as HTML: runs of bullet lines as one <ul>, the rest as <p>."""
    out: list[str] = []
    items: list[str] = []
    for para in paragraphs(text):
        if para.startswith("•"):
            items.append(f"<li>{html.escape(BULLET_LINE.sub('', para))}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        out.append(f"<p>{html.escape(para)}</p>")
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    return "\n".join(out)


def govuk_page(
    text: str,
    title: str,
    published: str = "2021-07-20T16:04:23+01:00",
    organisation: str = "Home Office",
    extra_head: str = "",
) -> bytes:
    """``text`` (its first line the page's heading) as a GOV.UK publication page."""
    first, _, rest = text.strip().partition("\n")
    body = _body_html(rest)
    t = html.escape(title)
    return f"""<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<title>{t} - GOV.UK</title>
<meta property="og:title" content="{t}">
<meta property="og:site_name" content="GOV.UK">
<meta name="govuk:first-published-at" content="{published}">
<meta name="govuk:primary-publishing-organisation" content="{html.escape(organisation)}">
<link rel="stylesheet" href="/assets/application.css">
<style>.govuk-header{{background:#0b0c0c}}</style>
{SCRIPT}
{extra_head}
</head>
<body class="govuk-template__body">
<div id="global-cookie-message" class="gem-c-cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner__message"><h2 class="govuk-cookie-banner__heading">Cookies on GOV.UK</h2>
<p>We use some essential cookies to make this website work.</p>
<p>We'd like to set additional cookies to understand how you use GOV.UK, remember your settings and
improve government services.</p>
<button type="button">Accept additional cookies</button>
<button type="button">Reject additional cookies</button>
<a href="/help/cookies">View cookies</a></div></div>
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header"><nav aria-label="Menu"><ul>
<li><a href="/browse">Topics</a></li><li><a href="/government/organisations">Departments</a></li>
<li><a href="/government">Government activity</a></li></ul></nav>
<form action="/search"><input type="search" name="q" placeholder="Search GOV.UK"></form></header>
<div class="govuk-width-container">
<div class="gem-c-breadcrumbs govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list">
<li class="govuk-breadcrumbs__list-item"><a href="/">Home</a></li>
<li class="govuk-breadcrumbs__list-item">
<a href="/entering-staying-uk">Entering and staying in the UK</a></li>
<li class="govuk-breadcrumbs__list-item"><a href="/immigration-operational-guidance">Immigration and border
control</a></li></ol></div>
<main role="main" id="content" class="govuk-main-wrapper" lang="en">
<div class="gem-c-title"><span class="gem-c-title__context">Policy paper</span>
<h1 class="gem-c-title__text">{html.escape(first)}</h1></div>
<div class="gem-c-metadata"><dl><dt>From:</dt>
<dd><a href="/government/organisations/home-office">{html.escape(organisation)}</a></dd>
<dt>Published</dt><dd>20 July 2021</dd></dl></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="govspeak" id="main-content">
{body}
</div></div>
<div class="govuk-grid-column-one-third">
<aside class="gem-c-related-navigation" role="complementary">
<h2 class="gem-c-related-navigation__main-heading">Related content</h2>
<nav><ul><li><a href="/government/news/uk-and-france-sign-new-agreement">
UK and France sign new agreement to tackle
small boat crossings</a></li><li><a href="/government/speeches/channel-crossings">Home Secretary statement on
Channel crossings</a></li></ul></nav>
<h3>Explore the topic</h3><ul><li><a href="/topic/immigration">Immigration and borders</a></li></ul></aside>
</div></div>
<div class="gem-c-print-link">
<button class="govuk-link" onclick="window.print()">Print this page</button></div>
<div class="gem-c-feedback"><h2>Is this page useful?</h2><button>Yes</button><button>No</button>
<button>Report a problem with this page</button></div>
</main></div>
<footer class="govuk-footer" role="contentinfo"><div class="govuk-footer__meta">
<h2 class="govuk-visually-hidden">Support links</h2><ul><li><a href="/help">Help</a></li>
<li><a href="/help/privacy-notice">Privacy</a></li><li><a href="/help/cookies">Cookies</a></li>
<li><a href="/help/accessibility-statement">Accessibility statement</a></li></ul>
<span class="govuk-footer__licence-description">All content is available under the
<a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence
v3.0</a>, except where otherwise stated</span>
<a class="govuk-footer__copyright-logo" href="https://www.nationalarchives.gov.uk/">© Crown copyright</a>
</div></footer>
<script src="/assets/application.js"></script>
</body></html>
""".encode()


def ministry_page(text: str, title: str, date: str = "2015-08-20") -> bytes:
    """``text`` as a French ministry's news page: no <main>, the article in <div id="contenu">,
    its date in a <time> element, a banner, a menu and a footer around it."""
    first, _, rest = text.strip().partition("\n")
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>{html.escape(title)} | Ministère de l'Intérieur</title>
<meta name="description" content="Communiqué">{SCRIPT}</head>
<body><div class="bandeau-cookies">Ce site utilise des cookies.
<a href="#">Tout accepter</a> <a href="#">Personnaliser</a></div>
<div id="header"><ul class="menu"><li><a href="/">Accueil</a></li>
<li><a href="/Actualites">Actualités</a></li>
<li><a href="/Publications">Publications</a></li></ul></div>
<div id="ariane"><a href="/">Accueil</a> &gt; <a href="/Actualites">Actualités</a> &gt; Communiqués</div>
<div id="contenu"><article class="article"><h1>{html.escape(first)}</h1>
<p class="date"><time datetime="{date}">{date}</time></p>
{_body_html(rest)}
</article></div>
<div class="a-lire-aussi"><h2>À lire aussi</h2><ul><li><a href="/a">Autre communiqué</a></li></ul></div>
<div id="footer"><p>Licence Ouverte / Open Licence 2.0 — Ministère de l'Intérieur</p>
<a href="/mentions-legales">Mentions légales</a></div></body></html>""".encode()


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
