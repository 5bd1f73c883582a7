// Outlets: articles, dates and relay profile (own assertions vs relayed claims) of each outlet.
"use strict";
(() => {
  const { h } = ET;
  ET.nav("outlets.html");
  const main = document.getElementById("main");
  const results = h("section", {});
  ET.clear(main, h("h1", {}, "Outlets"), results);
  let offset = 0;
  function load() {
    ET.api("/api/outlets", { limit: 100, offset }).then((page) => {
      ET.clear(results, ET.table(["Outlet", "Articles", "First seen", "Last seen", "Relay profile (own vs attributed claims)"], page.items.map((o) => [
        ET.outletLink(o.outlet), String(o.articles), ET.day(o.first_seen), ET.day(o.last_seen), profile(o)])),
      ET.pager(page, (o) => { offset = o; load(); }));
    }).catch((e) => ET.fail(results, e));
  }
  load();
})();

function profile(o) {
  const { h } = ET;
  const total = o.own_claims + o.attributed_claims;
  if (!total) return h("span", { class: "muted" }, "no claims");
  const bar = h("span", { class: "profile", title: `${o.own_claims} own, ${o.attributed_claims} attributed` });
  const own = h("span", { class: "own" });
  own.style.width = (100 * o.own_claims / total).toFixed(1) + "%";
  const rel = h("span", { class: "attributed" });
  rel.style.width = (100 * o.attributed_claims / total).toFixed(1) + "%";
  bar.append(own, rel);
  return h("span", {}, bar, ` ${o.own_claims} own · ${o.attributed_claims} attributed`);
}
