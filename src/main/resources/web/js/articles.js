// Articles: full-text search (Lucene syntax) and filters over every stored article.
"use strict";
(() => {
  const { h } = ET;
  ET.nav("articles.html");
  const main = document.getElementById("main");
  const p = ET.params();
  const keys = ["q", "from", "to", "outlet", "narrative", "entity"];
  const state = Object.fromEntries(keys.map((k) => [k, p.get(k) || ""]));
  state.offset = Number(p.get("offset") || 0);
  const results = h("section", { id: "results" });
  const form = h("form", { class: "filters", on: { submit: (e) => { e.preventDefault(); keys.forEach((k) => { state[k] = form.elements[k].value.trim(); }); state.offset = 0; load(); } } },
    h("label", {}, "Full text ", h("input", { type: "search", name: "q", value: state.q, placeholder: "al-Tanf AND ISIS" })),
    h("label", {}, "From ", h("input", { type: "text", name: "from", value: state.from, size: 8, placeholder: "YYYY-MM" })),
    h("label", {}, "To ", h("input", { type: "text", name: "to", value: state.to, size: 8, placeholder: "YYYY-MM" })),
    h("label", {}, "Outlet ", h("input", { type: "text", name: "outlet", value: state.outlet, size: 14 })),
    h("label", {}, "Entity ", h("input", { type: "text", name: "entity", value: state.entity, size: 14 })),
    h("input", { type: "hidden", name: "narrative", value: state.narrative }),
    h("button", { type: "submit" }, "Filter"));
  ET.clear(main, h("h1", {}, "Articles"), form, results);

  function load() {
    const params = Object.assign({ limit: 50 }, state);
    history.replaceState(null, "", "?" + new URLSearchParams(Object.entries(state).filter(([, v]) => v !== "" && v !== 0)));
    ET.api("/api/articles", params).then((page) => {
      ET.clear(results, ET.table(["Title", "Published", "Outlet", "Author"], page.items.map((a) => [
        ET.articleLink(a.id, a.title || "(no title)"), ET.day(a.published), ET.outletLink(a.outlet), a.author || "—"])),
      ET.pager(page, (o) => { state.offset = o; load(); }));
    }).catch((e) => ET.fail(results, e));
  }
  load();
})();
