"""The reading-order plain text of a structured document: what `jiaokan clean` prints and
the plain-text export contains.

For each article: kicker, title, subtitle, byline (each on its own line if present), then the
body one block per line (in-article headings on their own line), then figure captions
("caption credit"); a blank line between articles.
"""
from __future__ import annotations

from editor.core.model import Article, Structure


def article_lines(text: str, article: Article) -> list[str]:
    lines = [b.text(text) for b in article.head()]
    lines += [b.text(text) for b in article.body]
    for fig in article.figures:
        parts = [b.text(text) for b in (fig.caption, fig.credit) if b is not None]
        if parts:
            lines.append(" ".join(parts))
    return [line.strip() for line in lines if line.strip()]


def reading_text(text: str, structure: Structure) -> str:
    articles = ["\n".join(article_lines(text, a)) for a in structure.articles]
    return "\n\n".join(a for a in articles if a) + "\n"
