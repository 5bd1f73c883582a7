// One narrative: timeline by month and outlet, claims with speaker and evidence, provenance graph,
// map of its places and claimed events, sub-narratives and lineage, matched cases with disproof.
// The answer carries the first 50 (or ?limit=) of each member list (claims, pairs, events, articles);
// a "more" button under each appends the next page from /api/narratives/{id}/{list}.
"use strict";
(() => {
  const { h } = ET;
  ET.nav("index.html");
  const main = document.getElementById("main");
  const id = ET.params().get("id");
  // Rows per member list and per "more" click: 50, or the address's limit (1 to 500).
  const PAGE = Math.min(500, Math.max(1, parseInt(ET.params().get("limit"), 10) || 50));
  if (!id) { ET.clear(main, h("p", { class: "error" }, "No narrative id in the address (narrative.html?id=...).")); return; }
  ET.api("/api/narratives/" + encodeURIComponent(id), { limit: PAGE }).then(render).catch((e) => ET.fail(main, e));

  function render(n) {
    document.title = n.label + " · Echotrace";
    const points = n.places.map((p) => ({ lat: p.latitude, lon: p.longitude, label: `${p.name}: named ${p.mentions} times`, kind: "place", weight: p.mentions }))
      .concat(n.events.map((e) => ({ lat: e.latitude, lon: e.longitude, kind: "event",
        label: `${e.event_date || "?"} ${e.event_type || "event"} at ${e.location || "?"}` + (e.claimed_by ? `, claimed by ${e.claimed_by}` : "") + ` (${e.outlet})` })));
    ET.clear(main,
      h("p", { class: "crumbs" }, h("a", { href: "index.html" }, "Narratives"), n.parent ? [" › ", ET.narrativeLink(n.parent.id, n.parent.label)] : null),
      h("h1", {}, n.label),
      h("p", { class: "lede" }, n.key_terms ? h("span", { class: "terms" }, n.key_terms) : null,
        ` ${n.articles_total} articles from ${n.outlets_total} outlets, first seen ${ET.day(n.first_seen || (n.articles[0] || {}).published)}, last seen ${ET.day(n.last_seen)}. `,
        ET.link("articles.html", { narrative: n.id }, "Browse its articles")),
      section("Timeline", "timeline", Charts.timeline(n.timeline)),
      section("Matched cases", "cases", n.cases.length ? n.cases.map((c) => h("div", { class: "case" },
        h("h3", {}, c.url ? ET.external(c.url, c.title) : c.title), c.source ? h("div", { class: "muted" }, "Source: " + c.source + ` · score ${Number(c.score).toFixed(2)}`) : null,
        c.summary ? h("p", {}, c.summary) : null, c.disproof ? h("p", { class: "disproof" }, h("strong", {}, "Disproof: "), c.disproof) : null))
        : h("p", { class: "empty" }, "No known case matched.")),
      section("Provenance", "provenance", n.provenance.nodes.length ? Charts.provenance(n.provenance) : h("p", { class: "empty" }, "No claims to trace.")),
      section("Claims", "claims", n.claims_total ? growing("claims", ["Kind", "Claim", "Speaker", "Source chain", "Evidence"], claimRow, n.claims, n.claims_total, "claims")
        : h("p", { class: "empty" }, "No claim-level members.")),
      section("Techniques", "techniques", n.techniques.length ? h("p", {}, n.techniques.map((t) => h("span", { class: "chip" }, `${t.technique} ${t.spans}`)))
        : h("p", { class: "empty" }, "No propaganda-technique span overlaps its claims.")),
      section("Near-duplicates", "duplicates", n.near_duplicates_total ? growing("near_duplicates", ["Kind", "Claim", "Its near-duplicate", "Similarity"],
        duplicateRow, n.near_duplicates, n.near_duplicates_total, "pairs") : h("p", { class: "empty" }, "No copies, rewordings or repeated statements among its claims.")),
      section("Map", "map", Charts.map(points)),
      section("Sub-narratives and lineage", "family",
        n.children.length ? h("ul", {}, n.children.map((c) => h("li", {}, ET.narrativeLink(c.id, c.label), ` (${ET.day(c.first_seen)} – ${ET.day(c.last_seen)})`))) : h("p", { class: "empty" }, "No sub-narratives."),
        n.lineage.length ? h("ul", {}, n.lineage.map((l) => h("li", {}, `${ET.day(l.at)}: ${l.event} `,
          l.other_id ? ET.narrativeLink(l.other_id === n.id ? l.narrative_id : l.other_id, l.other_id === n.id ? l.narrative_id : (l.other_label || l.other_id)) : ""))) : h("p", { class: "empty" }, "No lineage events.")),
      section("Events", "events", n.events_total ? growing("events", ["Date", "Event", "Where", "Claimed by", "Article"], eventRow, n.events, n.events_total, "claimed events")
        : h("p", { class: "empty" }, "No claimed events in its articles.")),
      section("Articles", "articles", h("p", { class: "muted" }, "Oldest first; ", ET.link("articles.html", { narrative: n.id }, "browse them newest first with filters"), "."),
        growing("articles", ["Title", "Published", "Outlet"], articleRow, n.articles, n.articles_total, "articles")));
  }

  const claimRow = (c) => [ET.claimKind(c), c.text, c.speaker ? c.speaker + (c.speaker_role ? `, ${c.speaker_role}` : "") + (c.speaker_org ? ` (${c.speaker_org})` : "") : "—",
    ET.chainText(c) || "—", h("span", {}, ET.articleLink(c.article_id, c.title || c.article_id, c.start), h("div", { class: "muted" }, `${c.outlet}, ${ET.day(c.published)}, chars ${c.start}–${c.end}`))];
  const duplicateRow = (d) => [d.kind.replace("_", " "), h("span", {}, ET.articleLink(d.article_id, d.title || d.article_id), h("div", { class: "muted" }, `claim #${d.idx}`)),
    h("span", {}, ET.articleLink(d.other_article, d.other_title || d.other_article), h("div", { class: "muted" }, `${d.other_outlet}, ${ET.day(d.other_published)}, claim #${d.other_idx}`)),
    Number(d.similarity).toFixed(2)];
  const eventRow = (e) => [ET.day(e.event_date), [e.event_type || "event", e.sub_event_type ? h("div", { class: "muted" }, e.sub_event_type) : null], e.location || "—",
    e.claimed_by || "—", h("span", {}, ET.articleLink(e.article_id, e.title || e.article_id, e.evidence_start), h("div", { class: "muted" }, e.outlet))];
  const articleRow = (a) => [ET.articleLink(a.id, a.title || "(no title)"), ET.day(a.published), ET.outletLink(a.outlet)];

  // A member list's first page as a table, and a button that appends the next page from /api/narratives/{id}/{part}.
  function growing(part, headers, rowOf, first, total, what) {
    const tr = (x) => h("tr", {}, rowOf(x).map((c) => h("td", {}, c)));
    const body = h("tbody", {}, first.map(tr));
    let shown = first.length;
    const note = h("span", { class: "muted" });
    const more = h("button", { type: "button", class: "more", on: { click: next } });
    const update = () => {
      note.textContent = `${shown} of ${total} ${what}. `;
      more.textContent = `Show ${Math.min(PAGE, total - shown)} more`;
      more.hidden = shown >= total;
    };
    async function next() {
      more.disabled = true;
      try {
        const page = await ET.api(`/api/narratives/${encodeURIComponent(id)}/${part}`, { offset: shown, limit: PAGE });
        page.items.forEach((x) => body.appendChild(tr(x)));
        shown += page.items.length;
        total = page.total;
      } catch (e) {
        note.textContent = `Could not load more: ${e.message}. `;
        return;
      } finally {
        more.disabled = false;
      }
      update();
    }
    update();
    return [h("table", {}, h("thead", {}, h("tr", {}, headers.map((x) => h("th", {}, x)))), body), h("p", { class: "pager", id: "more-" + part }, note, more)];
  }

  function section(title, id, ...content) {
    return h("section", { id: "sec-" + id }, h("h2", {}, title), content);
  }
})();
