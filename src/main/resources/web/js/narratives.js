// Home page: every narrative with its sparkline, reach, dates and matched cases; filters and search.
"use strict";
(() => {
  const { h } = ET;
  ET.nav("index.html");
  const main = document.getElementById("main");
  const p = ET.params();
  const state = { q: p.get("q") || "", from: p.get("from") || "", to: p.get("to") || "", outlet: p.get("outlet") || "", offset: Number(p.get("offset") || 0) };
  const results = h("section", { id: "results" });
  const outletSelect = h("select", { name: "outlet", id: "f-outlet" }, h("option", { value: "" }, "all outlets"));

  const form = h("form", { class: "filters", id: "filters", on: { submit: (e) => { e.preventDefault(); read(); state.offset = 0; load(); } } },
    h("label", {}, "Search ", h("input", { type: "search", name: "q", value: state.q, placeholder: "label or key terms" })),
    h("label", {}, "From ", h("input", { type: "text", name: "from", value: state.from, placeholder: "YYYY-MM", size: 8 })),
    h("label", {}, "To ", h("input", { type: "text", name: "to", value: state.to, placeholder: "YYYY-MM", size: 8 })),
    h("label", {}, "Outlet ", outletSelect),
    h("button", { type: "submit" }, "Filter"));

  function read() {
    for (const k of ["q", "from", "to", "outlet"]) state[k] = form.elements[k].value.trim();
  }

  ET.clear(main, h("h1", {}, "Narratives"), h("p", { class: "lede", id: "stats" }), form, results);

  ET.api("/api/stats").then((s) => {
    const c = s.counts;
    ET.clear(document.getElementById("stats"), `${c.narratives} narratives over ${c.articles} articles from ${c.outlets} outlets; ${c.claims} claims, ${c.cases} known cases.`);
  }).catch(() => {});
  ET.api("/api/outlets", { limit: 500 }).then((o) => {
    for (const row of o.items) outletSelect.appendChild(h("option", { value: row.outlet, selected: row.outlet === state.outlet ? "selected" : null }, row.outlet));
  }).catch(() => {});

  function load() {
    const params = { limit: 50, offset: state.offset, q: state.q, from: state.from, to: state.to, outlet: state.outlet };
    history.replaceState(null, "", "?" + new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v !== 0)));
    ET.api("/api/narratives", params).then((page) => {
      if (page.total === 0) {
        ET.clear(results, h("p", { class: "empty" }, "No narratives match. ",
          "Narratives appear once claims have been clustered; meanwhile ", h("a", { href: "articles.html" }, "browse the articles"), " or ",
          h("a", { href: "search.html" }, "search"), "."));
        return;
      }
      ET.clear(results, ET.table(["Narrative", "Timeline", "Articles", "Outlets", "First seen", "Last seen", "Cases"],
        page.items.map((n) => [
          h("span", {}, ET.narrativeLink(n.id, n.label), n.key_terms ? h("div", { class: "terms" }, n.key_terms) : null),
          ET.sparkline(n.months), String(n.articles), String(n.outlets), ET.day(n.first_seen), ET.day(n.last_seen),
          n.cases ? h("span", { class: "badge" }, String(n.cases)) : "—"])),
      ET.pager(page, (o) => { state.offset = o; load(); }));
    }).catch((e) => ET.fail(results, e));
  }
  load();
})();
