// Charts drawn as SVG with no library: a stacked timeline, a layered provenance graph, and a map
// of country outlines (world-atlas TopoJSON, shipped by the build) with places and events.
"use strict";
const Charts = {};

Charts.palette = ["#4269d0", "#efb118", "#ff725c", "#6cc5b0", "#3ca951", "#ff8ab7", "#a463f2", "#97bbf5", "#9c6b4e", "#9498a0"];

// rows: [{month, outlet, articles}] -> stacked bars per month, one colour per outlet.
Charts.timeline = (rows, width = 720, height = 180) => {
  const { s, h } = ET;
  const wrap = h("figure", { class: "chart timeline" });
  if (!rows.length) { wrap.appendChild(h("p", { class: "empty" }, "No dated articles.")); return wrap; }
  const months = ET.monthRange(rows[0].month, rows.reduce((m, r) => (r.month > m ? r.month : m), rows[0].month));
  const outlets = [...new Set(rows.map((r) => r.outlet))].sort();
  const colour = Object.fromEntries(outlets.map((o, i) => [o, Charts.palette[i % Charts.palette.length]]));
  const per = {};
  for (const r of rows) (per[r.month] = per[r.month] || []).push(r);
  const max = Math.max(...months.map((m) => (per[m] || []).reduce((t, r) => t + r.articles, 0)), 1);
  const pad = 24, w = (width - pad) / months.length, ph = height - 20;
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, width, height, role: "img" }, s("title", {}, "Articles per month, by outlet"));
  months.forEach((m, i) => {
    let y = ph;
    for (const r of (per[m] || []).sort((a, b) => a.outlet.localeCompare(b.outlet))) {
      const bh = (r.articles / max) * (ph - 4);
      y -= bh;
      const rect = s("rect", { x: pad + i * w, y, width: Math.max(1, w - 1), height: bh, class: "seg" }, s("title", {}, `${m} · ${r.outlet}: ${r.articles}`));
      rect.style.fill = colour[r.outlet];
      svg.appendChild(rect);
    }
    if (months.length <= 24 || i % Math.ceil(months.length / 12) === 0) {
      svg.appendChild(s("text", { x: pad + i * w, y: height - 4, class: "axis" }, m));
    }
  });
  svg.appendChild(s("text", { x: 0, y: 12, class: "axis" }, String(max)));
  wrap.appendChild(svg);
  wrap.appendChild(h("figcaption", { class: "legend" }, outlets.map((o) => {
    const sw = h("span", { class: "swatch" });
    sw.style.background = colour[o];
    return h("span", {}, sw, " ", o);
  })));
  return wrap;
};

// graph: {nodes:[{id, layer, name, claims, first_seen, first}], edges:[{from,to,claims}]}
Charts.provenance = (graph, width = 720) => {
  const { s, h } = ET;
  const layers = ["source", "relay", "outlet"];
  const cols = layers.map((l) => graph.nodes.filter((n) => n.layer === l).sort((a, b) => b.claims - a.claims));
  const rows = Math.max(1, ...cols.map((c) => c.length));
  const height = Math.max(120, rows * 34 + 40);
  const pos = {};
  cols.forEach((col, ci) => col.forEach((n, ri) => { pos[n.id] = { x: 90 + ci * ((width - 180) / 2), y: 40 + ri * 34 + (rows - col.length) * 17 }; }));
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, width, height, role: "img", class: "provenance" },
    s("title", {}, "Provenance: official sources, relays, outlets"));
  ["official source", "relay", "outlet"].forEach((t, i) => svg.appendChild(s("text", { x: 90 + i * ((width - 180) / 2), y: 16, class: "layer", "text-anchor": "middle" }, t)));
  const maxEdge = Math.max(1, ...graph.edges.map((e) => e.claims));
  for (const e of graph.edges) {
    const a = pos[e.from], b = pos[e.to];
    if (!a || !b) continue;
    const line = s("path", { d: `M${a.x},${a.y} C${(a.x + b.x) / 2},${a.y} ${(a.x + b.x) / 2},${b.y} ${b.x},${b.y}`, class: "edge" },
      s("title", {}, `${e.from.replace(/^\w+:/, "")} → ${e.to.replace(/^\w+:/, "")}: ${e.claims} claims, first ${ET.day(e.first_seen)}`));
    line.style.strokeWidth = String(1 + 5 * (e.claims / maxEdge));
    svg.appendChild(line);
  }
  for (const n of graph.nodes) {
    const p = pos[n.id];
    const g = s("g", { class: "node layer-" + n.layer + (n.first ? " first" : "") },
      s("circle", { cx: p.x, cy: p.y, r: 6 + Math.min(10, Math.sqrt(n.claims) * 2) }),
      s("text", { x: p.x, y: p.y - 12, "text-anchor": "middle" }, n.name + (n.first ? " ★ first" : "")),
      s("title", {}, `${n.name}: ${n.claims} claims, first seen ${ET.day(n.first_seen)}` + (n.layer === "outlet" ? ` (own ${n.own}, relayed ${n.relayed})` : "")));
    svg.appendChild(g);
  }
  return h("figure", { class: "chart" }, svg, h("figcaption", {}, "★ marks the outlet where the narrative first appeared in this store."));
};

Charts.world = null;
Charts.loadWorld = () => Charts.world || (Charts.world = fetch("vendor/world-atlas/countries-110m.json").then((r) => (r.ok ? r.json() : null)).catch(() => null));

// Decodes TopoJSON arcs (quantized, delta-encoded) into [lon, lat] rings per country.
Charts.countries = (topo) => {
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => { let x = 0, y = 0; return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; }); });
  const ring = (idx) => { const pts = []; for (const i of idx) { const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i]; a.forEach((p, k) => { if (k > 0 || pts.length === 0) pts.push(p); }); } return pts; };
  const out = [];
  for (const g of topo.objects.countries.geometries) {
    const polys = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
    out.push({ name: g.properties && g.properties.name, rings: polys.flatMap((poly) => poly.map(ring)) });
  }
  return out;
};

// points: [{lat, lon, label, kind: 'place'|'event', weight}]
Charts.map = (points, width = 720, height = 360) => {
  const { s, h } = ET;
  const fig = h("figure", { class: "chart map" });
  const located = points.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  if (!located.length) { fig.appendChild(h("p", { class: "empty" }, "No geocoded places or events.")); return fig; }
  let [x0, x1] = [Math.min(...located.map((p) => p.lon)), Math.max(...located.map((p) => p.lon))];
  let [y0, y1] = [Math.min(...located.map((p) => p.lat)), Math.max(...located.map((p) => p.lat))];
  const span = Math.max(16, (x1 - x0) * 1.3, (y1 - y0) * 1.3 * (width / height));
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  x0 = cx - span / 2; x1 = cx + span / 2;
  const ySpan = span * (height / width); y0 = cy - ySpan / 2; y1 = cy + ySpan / 2;
  const px = (lon) => ((lon - x0) / (x1 - x0)) * width, py = (lat) => ((y1 - lat) / (y1 - y0)) * height;
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, width, height, role: "img" }, s("title", {}, "Places and claimed events"));
  const land = s("g", { class: "land" });
  svg.appendChild(land);
  for (const p of located) {
    svg.appendChild(s("circle", { cx: px(p.lon), cy: py(p.lat), r: p.kind === "event" ? 5 : 3 + Math.min(8, Math.sqrt(p.weight || 1) * 1.5), class: "pt pt-" + p.kind },
      s("title", {}, p.label)));
  }
  fig.appendChild(svg);
  fig.appendChild(h("figcaption", { class: "legend" }, h("span", { class: "dot pt-place" }), " place mentioned ", h("span", { class: "dot pt-event" }), " claimed event"));
  Charts.loadWorld().then((topo) => {
    if (!topo) { fig.appendChild(h("p", { class: "empty" }, "Country outlines were not built (npm missing at build time).")); return; }
    for (const c of Charts.countries(topo)) {
      const d = c.rings.map((r) => "M" + r.map(([lon, lat]) => `${px(lon).toFixed(1)},${py(lat).toFixed(1)}`).join("L") + "Z").join("");
      land.appendChild(s("path", { d, class: "country" }, s("title", {}, c.name || "")));
    }
  });
  return fig;
};
