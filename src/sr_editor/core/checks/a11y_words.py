"""Word lists of the accessibility checks, per article language (English, Spanish, Brazilian Portuguese).

Vague link texts are whole link texts that say nothing about where a link goes when a screen reader lists the
links of a page out of their sentences. The lists started from WCAG 2.2's failure F84 ("click here", "more",
"read more") and the per-language link stop words and new-window phrases of Sa11y (Toronto Metropolitan
University's accessibility checker, src/js/lang/en.js, es.js, ptBR.js), kept only where the phrase is a whole
link text on its own, and completed with what newsrooms in each language write ("leer la nota", "saiba mais",
"leia a matéria"). Words that can name a page in a good link ("source", "website", "página", "fonte") are left
out: a false alarm on good writing costs more than a missed vague link. They are compared with the whole link
text, folded (case, accents, closing punctuation and arrows), never with part of it: "read more about the
strike" is a good link.
"""

from __future__ import annotations

import unicodedata

LANGUAGES = ("en", "es", "pt-BR")

VAGUE_LINK_TEXT: dict[str, frozenset[str]] = {
    "en": frozenset({
        "click here", "click", "here", "click this", "read more", "more", "learn more", "more info",
        "more information", "info", "link", "this link", "this", "this page", "this article", "this story",
        "continue", "continue reading", "details", "find out more", "see more", "see here", "view more",
        "read this", "read", "go here", "more here", "here's more",
    }),
    "es": frozenset({
        "aqui", "haz clic aqui", "haga clic aqui", "clic aqui", "click aqui", "pulsa aqui", "pulse aqui",
        "pincha aqui", "clic", "leer mas", "lee mas", "mas", "mas informacion", "mas info", "info",
        "informacion", "ver mas", "enlace", "este enlace", "link", "este link", "esto", "esta pagina",
        "este articulo", "esta nota", "seguir leyendo", "sigue leyendo", "continuar", "continuar leyendo",
        "detalles", "saber mas", "leer la nota", "leer", "mas aqui", "ver aqui",
    }),
    "pt-BR": frozenset({
        "aqui", "clique aqui", "clica aqui", "clique", "leia mais", "ler mais", "saiba mais", "mais",
        "mais informacoes", "mais info", "info", "informacoes", "ver mais", "veja mais", "link", "este link",
        "esse link", "neste link", "isto", "isso", "esta pagina", "esta materia", "esta reportagem",
        "continuar lendo", "continue lendo", "continuar", "detalhes", "leia a materia", "leia", "veja aqui",
        "mais aqui",
    }),
}

# A link text that starts with these is about the mouse, not the page, however it goes on ("click here to read the
# report"): a screen reader's list of links says "click here" first every time.
CLICK_OPENINGS: dict[str, tuple[str, ...]] = {
    "en": ("click here", "click this link", "click on this link"),
    "es": ("haz clic aqui", "haga clic aqui", "clic aqui", "click aqui", "pulsa aqui", "pulse aqui", "pincha aqui"),
    "pt-BR": ("clique aqui", "clica aqui", "clique neste link", "clique nesse link"),
}

# A link that opens a new window should say so in its text or title (any of the three languages counts, since
# writers quote foreign links).
NEW_WINDOW_PHRASES = (
    "new window", "new tab", "opens in a new", "external link", "pop-up", "popup",
    "nueva ventana", "nueva pestana", "abre en una", "enlace externo", "ventana emergente",
    "nova janela", "nova aba", "nova guia", "abre em uma", "link externo",
)


def fold_words(text: str) -> str:
    """Lower case, no accents, punctuation and arrows at either end removed, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    words = " ".join(plain.split())
    return words.strip(" .,:;!?…»«>›‹<→←\"'“”‘’()[]-–—")


def language_of(code: str) -> str:
    """One of LANGUAGES for an article or workspace language code ('es-MX' -> 'es', 'pt' -> 'pt-BR');
    English for anything else."""
    lowered = code.strip().replace("_", "-").lower()
    if lowered.startswith("es"):
        return "es"
    if lowered.startswith("pt"):
        return "pt-BR"
    return "en"


def is_vague_link_text(text: str, language: str) -> bool:
    """Whether the whole link text is vague in `language` ("" when the article's language is unknown: in any
    of the three)."""
    folded = fold_words(text)
    languages = (language,) if language in VAGUE_LINK_TEXT else LANGUAGES if not language else ("en",)
    for code in languages:
        if folded in VAGUE_LINK_TEXT[code]:
            return True
        if any(folded == opening or folded.startswith(opening + " ") for opening in CLICK_OPENINGS[code]):
            return True
    return False


def announces_new_window(text: str) -> bool:
    folded = fold_words(text)
    return any(phrase in folded for phrase in NEW_WINDOW_PHRASES)
