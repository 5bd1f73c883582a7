// One article: its original text with every segment (set-apart lines greyed, never hidden), the
// claims, entities, places and techniques marked on it, and its metadata beside it.
"use strict";
(() => {
  const { h } = ET;
  ET.nav("articles.html");
  const main = document.getElementById("main");
  const id = ET.params().get("id");
  if (!id) { ET.clear(main, h("p", { class: "error" }, "No article id in the address (article.html?id=...).")); return; }

  ET.api("/api/articles/" + encodeURIComponent(id)).then(render).catch((e) => ET.fail(main, e));

  function marksOf(a) {
    const marks = [];
    for (const c of a.claims) {
      const who = c.kind === "own" ? "own assertion of " + c.outlet
        : c.speaker_kind === "evidence" ? "shown by evidence: " + c.speaker
        : "attributed to " + (c.speaker || "an unnamed source")
          + (c.speaker_role ? ", " + c.speaker_role : "") + (c.speaker_org ? " (" + c.speaker_org + ")" : "");
      const chain = ET.chainText(c);
      marks.push({ start: c.start, end: c.end, cls: "claim claim-" + c.kind, layer: "claims",
        label: `Claim ${c.idx}: ${who}` + (c.cue_type ? `; cue ${c.cue_type}` : "") + (chain ? `; chain ${chain}` : "")
          + (c.marks.length ? `; ${c.marks.join(", ")}` : "") });
      if (c.cue_start !== null && c.cue_start !== undefined && c.cue_end > c.cue_start) marks.push({ start: c.cue_start, end: c.cue_end, cls: "cue", layer: "claims", label: "attribution cue" });
      if (c.source_start !== null && c.source_start !== undefined && c.source_end > c.source_start) marks.push({ start: c.source_start, end: c.source_end, cls: "source", layer: "claims", label: "source: " + (c.speaker || "") });
    }
    for (const e of a.entities) marks.push({ start: e.start, end: e.end, cls: "entity entity-" + e.type, layer: "entities", label: `${e.type}: ${e.canonical || e.text}` });
    for (const p of a.places) marks.push({ start: p.start, end: p.end, cls: "place", layer: "places", label: `place: ${p.name || p.text}` + (p.country ? `, ${p.country}` : "") });
    for (const t of a.techniques) marks.push({ start: t.start, end: t.end, cls: "technique", layer: "techniques", label: `technique: ${t.technique}` });
    return marks.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.end > m.start);
  }

  // Splits [from, to) at every mark boundary; each piece carries the marks covering it.
  function pieces(text, from, to, marks, hover) {
    const inside = marks.filter((m) => m.start < to && m.end > from);
    const cuts = new Set([from, to]);
    for (const m of inside) { cuts.add(Math.max(from, m.start)); cuts.add(Math.min(to, m.end)); }
    const sorted = [...cuts].sort((x, y) => x - y);
    const out = [];
    for (let i = 0; i + 1 < sorted.length; i++) {
      const [s, e] = [sorted[i], sorted[i + 1]];
      const covering = inside.filter((m) => m.start <= s && m.end >= e);
      const str = text.slice(s, e);
      if (covering.length === 0) { out.push(document.createTextNode(str)); continue; }
      const span = h("span", { class: covering.map((m) => m.cls).join(" "), title: covering.map((m) => m.label).join("\n"), "data-start": s },
        str);
      if (covering.some((m) => m.start === s && m.cls.startsWith("claim"))) span.id = "at-" + s;
      span.addEventListener("mouseenter", () => hover(covering));
      out.push(span);
    }
    return out;
  }

  function render(a) {
    document.title = (a.title || a.id) + " · Echotrace";
    const marks = marksOf(a);
    const hoverBox = h("div", { id: "hover", class: "hover", "aria-live": "polite" }, "Point at a highlight to see its speaker and source chain.");
    const hover = (covering) => ET.clear(hoverBox, covering.map((m) => h("p", {}, m.label)));
    const text = h("article", { id: "text", class: "original" });
    let at = 0;
    const segs = [...a.segments].sort((x, y) => x.start - y.start);
    for (const s of segs) {
      if (s.start > at && a.text.slice(at, s.start).trim()) {
        text.appendChild(h("div", { class: "segment seg-unlabelled" }, h("span", { class: "seg-kind" }, "unlabelled"), pieces(a.text, at, s.start, marks, hover)));
      }
      text.appendChild(h("div", { class: `segment seg-${s.group} kind-${s.kind}`, "data-kind": s.kind },
        h("span", { class: "seg-kind" }, s.kind.replace(/_/g, " ")), h("span", { class: "seg-text" }, pieces(a.text, s.start, s.end, marks, hover))));
      at = Math.max(at, s.end);
    }
    if (at < a.text.length && a.text.slice(at).trim()) text.appendChild(h("div", { class: "segment seg-unlabelled" }, pieces(a.text, at, a.text.length, marks, hover)));

    const toggles = ["claims", "entities", "places", "techniques"].map((layer) => h("label", { class: "toggle" },
      h("input", { type: "checkbox", checked: "checked", on: { change: (e) => text.classList.toggle("hide-" + layer, !e.target.checked) } }), " " + layer));
    const meta = h("aside", { id: "meta" },
      h("h2", {}, "Metadata"),
      h("dl", {},
        h("dt", {}, "Published"), h("dd", {}, a.published || "—", a.published_detail && a.published_detail.precision ? ` (${a.published_detail.precision})` : ""),
        h("dt", {}, "Outlet"), h("dd", {}, ET.outletLink(a.outlet)),
        h("dt", {}, "Author"), h("dd", {}, a.author || "—"),
        h("dt", {}, "Language"), h("dd", {}, a.language || "—"),
        h("dt", {}, "Cited sources"), h("dd", {}, (a.cited_sources || []).join(", ") || "—"),
        h("dt", {}, "Seen at"), h("dd", {}, a.sources.map((s) => h("div", { class: "path" }, s))),
        h("dt", {}, "Id"), h("dd", { class: "path" }, a.id)),
      h("h2", {}, "Highlights"), h("div", { class: "legend" },
        h("span", { class: "claim claim-own" }, "own assertion"), h("span", { class: "claim claim-attributed" }, "attributed claim"),
        h("span", { class: "entity" }, "entity"), h("span", { class: "place" }, "place"), h("span", { class: "technique" }, "technique"),
        h("span", { class: "seg-furniture" }, "set apart (boilerplate, comments)")),
      h("div", {}, toggles), hoverBox,
      a.narratives.length ? [h("h2", {}, "Narratives"), h("ul", {}, a.narratives.map((n) => h("li", {}, ET.narrativeLink(n.id, n.label))))] : null,
      h("h2", {}, `Claims (${a.claims.length})`),
      a.claims.length ? h("ol", { class: "claims" }, a.claims.map((c) => h("li", {}, ET.claimKind(c), " ",
        h("a", { href: "#at-" + c.start }, c.text), c.speaker ? h("div", { class: "speaker" }, "— " + c.speaker + (c.speaker_org ? " (" + c.speaker_org + ")" : "")) : null,
        c.chain.length ? h("div", { class: "chain" }, ET.chainText(c)) : null,
        (c.near_duplicates || []).length ? h("ul", { class: "near-duplicates" }, c.near_duplicates.map((d) => h("li", {},
          `${d.kind.replace("_", " ")} (${Number(d.similarity).toFixed(2)}): `,
          d.other_article === a.id ? `claim #${d.other_idx} of this article` : [ET.articleLink(d.other_article, d.other_title || d.other_article), ` (${d.other_outlet}, ${ET.day(d.other_published)})`]))) : null)))
        : h("p", { class: "empty" }, "No claims extracted."),
      h("h2", {}, `Entities (${a.entities.length})`),
      h("p", {}, [...new Set(a.entities.map((e) => e.canonical || e.text))].map((n) => h("span", { class: "chip" }, ET.link("articles.html", { entity: n }, n)))),
      h("h2", {}, `Places (${a.places.length})`),
      a.focus_place ? h("p", { class: "focus-place" }, "About: ", h("strong", {},
        [...new Set([a.focus_place.name, a.focus_place.admin1, a.focus_place.country].filter(Boolean))].join(", ")),
        ` (${Math.round(a.focus_place.share * 100)}% of the place names' weight)`) : null,
      h("p", {}, [...new Set(a.places.map((p) => p.name || p.text))].map((n) => h("span", { class: "chip" }, n))),
      h("h2", {}, `Events (${a.events.length})`),
      h("ul", {}, a.events.map((e) => h("li", {}, `${e.event_date || "?"} ${e.event_type || ""} at ${e.location || "?"}`,
        e.fatalities !== null && e.fatalities !== undefined ? `, ${e.fatalities_qualifier ? e.fatalities_qualifier + " " : ""}${e.fatalities} killed` : "",
        e.claimed_by ? `; claimed by ${e.claimed_by}` : ""))),
      h("h2", {}, `Techniques (${a.techniques.length})`),
      h("p", {}, [...new Set(a.techniques.map((t) => t.technique))].map((n) => h("span", { class: "chip" }, n))));
    ET.clear(main, h("h1", {}, a.title || "(no title)"), h("div", { class: "article-layout" }, text, meta));
    if (location.hash) { const target = document.getElementById(location.hash.slice(1)); if (target) target.scrollIntoView(); }
  }
})();
