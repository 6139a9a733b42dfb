"""Streamlit's own texts in the user's language, and the page's ``lang`` attribute.

Streamlit (1.67) has no setting for the language of its own interface: the select boxes'
"Choose an option", the file uploader's "Drag and drop file here", the tables' toolbars and
"Skip to main content" are English. The widgets' placeholders are set from Python where
Streamlit lets us (:func:`placeholder`); the rest is done by one small script in the page
(:func:`install`): it sets ``<html lang>`` and, in Swedish, swaps the exact English texts
below (text, ``placeholder``, ``aria-label`` and ``title``) for Swedish ones, also in parts
drawn later (a ``MutationObserver``). Back in English it swaps them back. Texts not listed
stay English; the README lists those known. The same script hides Material icons from screen
readers (``aria-hidden``), so that an icon's ligature name ("add_to_queue") is not read as
part of a button's or link's name.
"""

from __future__ import annotations

import json

import streamlit as st

from rus_data.text import t

# Streamlit's exact English texts and their Swedish, as the Swedish interface shows them.
SWEDISH: dict[str, str] = {
    "Choose an option": "Välj ett alternativ",
    "Choose options": "Välj alternativ",
    "Select...": "Välj …",
    "No results": "Inga träffar",
    "Drag and drop file here": "Dra och släpp en fil här",
    "Drag and drop a file here": "Dra och släpp en fil här",
    "Drag and drop files here": "Dra och släpp filer här",
    "Upload": "Ladda upp",
    "Browse files": "Välj filer",
    "Page not found": "Sidan finns inte",
    "The page that you have requested does not seem to exist. Running the app's main page.": (
        "Sidan du bad om finns inte. Startsidan visas i stället."
    ),
    "Skip to main content": "Hoppa till huvudinnehållet",
    "Download as CSV": "Ladda ner som CSV",
    "Download as PNG": "Ladda ner som PNG",
    "Search": "Sök",
    "Fullscreen": "Helskärm",
    "View fullscreen": "Visa i helskärm",
    "Close fullscreen": "Stäng helskärm",
    "Toggle fullscreen": "Växla helskärm",
    "Show/hide columns": "Visa/dölj kolumner",
    "Clear selection": "Rensa valet",
    "Clear all": "Rensa allt",
    "Select all": "Markera alla",
    "Copy to clipboard": "Kopiera",
    "Running...": "Kör …",
    "Stop": "Stoppa",
    "Close": "Stäng",
    "Rerun": "Kör om",
    "Settings": "Inställningar",
    "Print": "Skriv ut",
    "Clear cache": "Töm cacheminnet",
    "About": "Om",
    "Main menu": "Huvudmeny",
    "Collapse sidebar": "Fäll ihop sidofältet",
    "Expand sidebar": "Fäll ut sidofältet",
    "Show data": "Visa data",
    "Show chart": "Visa diagram",
    "Add row": "Lägg till rad",
    "No data": "Inga data",
    "Sidebar": "Sidofält",
    "App pages": "Appens sidor",
    "Open": "Öppna",
    "Link to heading": "Länk till rubriken",
    "Copy Vega-Lite spec": "Kopiera diagrammets Vega-Lite-kod",
    "Vega visualization": "Diagram",
}
# Texts with a number in them: a regular expression and its Swedish replacement.
SWEDISH_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"^Help for (.+)$", "Hjälp om $1"),
    (
        r"^You have requested page (/\S*), but no corresponding file was found in the app's "
        r"pages/ directory\. Running the app's main page\.$",
        "Sidan $1 finns inte. Startsidan visas i stället.",
    ),
    (r"^Limit (\d+(?:\.\d+)?)\s?([KMG]B) per file", "Högst $1 $2 per fil"),
    (r"^(\d+(?:\.\d+)?)\s?([KMG]B) per file", "$1 $2 per fil"),
)

_SCRIPT = """
<script>
(() => {
  const language = %(language)s;
  window.__rusLanguage = language;
  document.documentElement.lang = language;
  if (window.__rusTexts) { window.__rusTexts(document.body); return; }
  const sv = %(swedish)s;
  const en = Object.fromEntries(Object.entries(sv).map(([k, v]) => [v, k]));
  const patterns = %(patterns)s.map(([p, r]) => [new RegExp(p), r]);
  const enPatterns = [[/^Högst (\\d+(?:,\\d+)?) ([KMG]B) per fil/, "Limit $1$2 per file"],
                      [/^(\\d+(?:,\\d+)?) ([KMG]B) per fil/, "$1$2 per file"]];
  const swap = (text) => {
    const core = text.trim();
    if (!core) return null;
    const table = window.__rusLanguage === "sv" ? sv : en;
    if (Object.hasOwn(table, core)) return text.replace(core, table[core]);
    const rules = window.__rusLanguage === "sv" ? patterns : enPatterns;
    for (const [re, to] of rules) {
      if (re.test(core)) return text.replace(core, core.replace(re, to));
    }
    return null;
  };
  const attributes = ["placeholder", "aria-label", "title"];
  const fixElement = (el) => {
    // an icon's ligature ("add_to_queue") is a picture, not part of the control's name
    if (el.matches && el.matches("[data-testid='stIconMaterial']")) {
      el.setAttribute("aria-hidden", "true");
    }
    // a chart's hover toolbar stays for the mouse but leaves the Tab order: a chart costs
    // two Tab stops, its box and its download menu (ui.downloads.download_menu)
    if (el.matches && el.matches("[data-testid='stBaseButton-elementToolbar']")) {
      const box = el.closest("[data-testid='stElementContainer']");
      if (box && box.querySelector("[data-testid='stVegaLiteChart']")) el.tabIndex = -1;
    }
    for (const name of attributes) {
      const value = el.getAttribute && el.getAttribute(name);
      const to = value ? swap(value) : null;
      if (to !== null && to !== value) el.setAttribute(name, to);
    }
  };
  const fix = (root) => {
    if (!root) return;
    if (root.nodeType === Node.TEXT_NODE) {
      const to = swap(root.data); if (to !== null && to !== root.data) root.data = to; return;
    }
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    if (root.closest && root.closest("[data-testid='stMarkdownContainer'], .stCode, pre")) return;
    fixElement(root);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement;
        if (parent && parent.closest("[data-testid='stMarkdownContainer'], .stCode, pre")) continue;
        const to = swap(node.data); if (to !== null && to !== node.data) node.data = to;
      } else { fixElement(node); }
    }
  };
  // a chart wider than a phone scrolls in its box (ui/style.py): the keyboard can scroll it
  let pending = false;
  const chartBoxes = () => {
    pending = false;
    const boxes = "[data-testid='stElementContainer']:has([data-testid='stVegaLiteChart'])";
    document.querySelectorAll(boxes).forEach((box) => {
      if (!box.hasAttribute("tabindex")) box.tabIndex = 0;
    });
  };
  const later = () => { if (!pending) { pending = true; requestAnimationFrame(chartBoxes); } };
  window.__rusTexts = (root) => { fix(root); later(); };
  new MutationObserver((changes) => {
    for (const change of changes) {
      if (change.type === "childList") change.addedNodes.forEach(fix);
      else fix(change.target);
    }
    later();
  }).observe(document.body, {subtree: true, childList: true, characterData: true,
                             attributes: true, attributeFilter: attributes});
  window.__rusTexts(document.body);
})();
</script>
"""


def script(language: str) -> str:
    """The script that sets the page's language and swaps Streamlit's own texts."""
    return _SCRIPT % {
        "language": json.dumps(language),
        "swedish": json.dumps(SWEDISH, ensure_ascii=False),
        "patterns": json.dumps(SWEDISH_PATTERNS),
    }


_LANGUAGE_ONLY = """<script>
window.__rusLanguage = %(language)s; document.documentElement.lang = %(language)s;
if (window.__rusTexts) window.__rusTexts(document.body);
</script>"""
_SENT = "_streamlit_texts_sent"


def install(language: str) -> None:
    """Put the script in the sidebar, in a container that takes no room (``ui.style``).

    The whole script (about 4 KB) goes to the browser in a session's first run only; it stays
    in the page from then on, so later runs send only the language (about 200 bytes)."""
    first = not st.session_state.get(_SENT)
    st.session_state[_SENT] = True
    body = script(language) if first else _LANGUAGE_ONLY % {"language": json.dumps(language)}
    with st.sidebar.container(key="rus_streamlit_texts"):
        st.html(body, unsafe_allow_javascript=True)


def placeholder(language: str, *, multiple: bool = False) -> str:
    """The placeholder of a select box (or multiselect) in ``language``."""
    return t("choose_options" if multiple else "choose_option", language)
