// Search across claims and articles: full text (Lucene over articles, substring over claims) or semantic.
"use strict";
(() => {
  const { h } = ET;
  ET.nav("search.html");
  const main = document.getElementById("main");
  const p = ET.params();
  const results = h("section", { id: "results" });
  const form = h("form", { class: "filters", on: { submit: (e) => { e.preventDefault(); run(form.elements.q.value.trim(), form.elements.mode.value); } } },
    h("input", { type: "search", name: "q", value: p.get("q") || "", placeholder: "what to look for", size: 40, "aria-label": "search" }),
    h("label", {}, h("input", { type: "radio", name: "mode", value: "text", checked: p.get("mode") !== "semantic" ? "checked" : null }), " full text"),
    h("label", {}, h("input", { type: "radio", name: "mode", value: "semantic", checked: p.get("mode") === "semantic" ? "checked" : null }), " semantic"),
    h("button", { type: "submit" }, "Search"));
  ET.clear(main, h("h1", {}, "Search"), form, results);

  function run(q, mode) {
    if (!q) return;
    history.replaceState(null, "", "?" + new URLSearchParams({ q, mode }));
    ET.clear(results, h("p", { class: "loading" }, "Searching…"));
    ET.api("/api/search", { q, mode, limit: 50 }).then((r) => {
      ET.clear(results,
        h("h2", {}, `Claims (${r.claims_total !== undefined ? r.claims_total : r.claims.length})`),
        r.claims.length ? ET.table(["Kind", "Claim", "Speaker", "Article"], r.claims.map((c) => [ET.claimKind(c),
          h("span", {}, c.text, c.score !== undefined ? h("span", { class: "muted" }, ` (${c.score.toFixed(2)})`) : null),
          c.speaker || "—", ET.articleLink(c.article_id, c.title || c.article_id, c.start)])) : h("p", { class: "empty" }, "No claims."),
        h("h2", {}, `Articles (${r.articles_total !== undefined ? r.articles_total : r.articles.length})`),
        r.articles.length ? ET.table(["Title", "Published", "Outlet"], r.articles.map((a) => [ET.articleLink(a.id, a.title || "(no title)"), ET.day(a.published), ET.outletLink(a.outlet)]))
          : h("p", { class: "empty" }, "No articles."));
    }).catch((e) => ET.fail(results, e));
  }
  if (p.get("q")) run(p.get("q"), p.get("mode") || "text");
})();
