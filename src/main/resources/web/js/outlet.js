// One outlet: its narratives over time, relay profile and the sources it relays, recent articles.
"use strict";
(() => {
  const { h } = ET;
  ET.nav("outlets.html");
  const main = document.getElementById("main");
  const name = ET.params().get("name");
  if (!name) { ET.clear(main, h("p", { class: "error" }, "No outlet in the address (outlet.html?name=...).")); return; }
  ET.api("/api/outlets/" + encodeURIComponent(name)).then(render).catch((e) => ET.fail(main, e));

  function render(o) {
    document.title = o.outlet + " · Echotrace";
    const byNarrative = {};
    for (const r of o.narratives) (byNarrative[r.id] = byNarrative[r.id] || { label: r.label, months: [] }).months.push({ month: r.month, articles: r.articles });
    const total = o.own_claims + o.attributed_claims;
    ET.clear(main,
      h("p", { class: "crumbs" }, h("a", { href: "outlets.html" }, "Outlets")),
      h("h1", {}, o.outlet),
      h("p", { class: "lede" }, `${o.articles} articles, ${ET.day(o.first_seen)} to ${ET.day(o.last_seen)}. `, ET.link("articles.html", { outlet: o.outlet }, "Browse them")),
      h("h2", {}, "Articles per month"), Charts.timeline(o.months.map((m) => ({ month: m.month, outlet: o.outlet, articles: m.articles }))),
      h("h2", {}, "Narratives over time"),
      Object.keys(byNarrative).length ? ET.table(["Narrative", "Months", "Articles"], Object.entries(byNarrative).map(([id, n]) => [
        ET.narrativeLink(id, n.label), ET.sparkline(n.months), String(n.months.reduce((t, m) => t + m.articles, 0))])) : h("p", { class: "empty" }, "No narratives."),
      h("h2", {}, "Relay profile"),
      h("p", {}, total ? `${o.own_claims} own assertions (${Math.round(100 * o.own_claims / total)}%), ${o.attributed_claims} claims attributed to others.` : "No claims extracted."),
      o.sources.length ? ET.table(["Source relayed", "Kind", "Claims", "Articles"], o.sources.map((s) => [s.source, s.speaker_kind || "—", String(s.claims), String(s.articles)])) : null,
      h("h2", {}, "Technique profile"),
      o.techniques.length ? h("p", {}, o.techniques.map((t) => h("span", { class: "chip" }, `${t.technique} ${t.spans}`))) : h("p", { class: "empty" }, "No propaganda-technique spans."),
      h("h2", {}, "Recent articles"),
      ET.table(["Title", "Published"], o.recent.map((a) => [ET.articleLink(a.id, a.title || "(no title)"), ET.day(a.published)])));
  }
})();
