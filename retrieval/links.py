"""Links to a cited page: the `LEDELSESBOT_SOURCE_URL` template.

The template may use `{issue_id}` (the issue's corpus directory name, e.g.
`offentlig-ledelse-2024-01`), `{page}` (the printed page) and `{pdf_page}` (the 1-based page in
the issue's PDF, recorded by `index add`). An issue without PDF pages (01/2024 comes from a text
export) gets no link from a template that needs `{pdf_page}`.
"""

from __future__ import annotations

import string
from urllib.parse import quote

FIELDS = ("issue_id", "page", "pdf_page")


class TemplateError(ValueError):
    """The template cannot be used; the message says why (for the settings error)."""


def check_template(template: str) -> str:
    """`template` stripped, or TemplateError: it must be an http(s) URL and use only FIELDS."""
    template = template.strip()
    if not template:
        return ""
    if not template.startswith(("https://", "http://")):
        raise TemplateError(f"skal være en http(s)-adresse (fik {template!r})")
    try:
        names = [name for _, name, spec, conv in string.Formatter().parse(template) if name is not None]
        specs = [(spec, conv) for _, name, spec, conv in string.Formatter().parse(template) if name is not None]
    except ValueError as e:
        raise TemplateError(f"er ikke en gyldig skabelon ({e})") from None
    unknown = sorted({n for n in names if n not in FIELDS})
    if unknown:
        raise TemplateError(f"kender ikke feltet {{{unknown[0]}}}; brug {', '.join('{' + f + '}' for f in FIELDS)}")
    if any(spec or conv for spec, conv in specs):
        raise TemplateError("felterne skal stå uden format, fx {page}")
    return template


def page_url(template: str, issue_id: str, page: int, pdf_page: int | None) -> str | None:
    """The link to a printed page, or None when there is no template or it needs a PDF page
    the issue does not have."""
    if not template:
        return None
    if pdf_page is None and "{pdf_page}" in template:
        return None
    return template.format(
        issue_id=quote(issue_id, safe=""), page=int(page), pdf_page="" if pdf_page is None else int(pdf_page)
    )
