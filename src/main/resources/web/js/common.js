// Shared helpers of the workbench pages. Every piece of scraped text reaches the page through
// text nodes (h() turns strings into text nodes); nothing is ever parsed as HTML.
"use strict";

const ET = {};

ET.params = () => new URLSearchParams(window.location.search);

ET.h = (tag, attrs, ...children) => {
  const el = document.createElement(tag);
  ET.attrs(el, attrs);
  ET.append(el, children);
  return el;
};

ET.s = (tag, attrs, ...children) => {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  ET.attrs(el, attrs);
  ET.append(el, children);
  return el;
};

ET.attrs = (el, attrs) => {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "on") {
      for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    } else if (k === "href") {
      el.setAttribute("href", ET.safeHref(String(v)));
    } else {
      el.setAttribute(k, String(v));
    }
  }
};

ET.append = (el, children) => {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
};

// Links we build point at our pages; an external URL from the data must be http(s).
ET.safeHref = (href) => {
  if (/^(https?:\/\/|\/|[a-z]+\.html(\?|#|$)|\?|#)/i.test(href)) return href;
  return "#";
};

ET.link = (page, params, ...children) => ET.h("a", { href: page + "?" + new URLSearchParams(params).toString() }, ...children);
ET.articleLink = (id, text, start) => ET.h("a", { href: "article.html?" + new URLSearchParams({ id }) + (start !== undefined && start !== null ? "#at-" + start : "") }, text || id);
ET.narrativeLink = (id, label) => ET.link("narrative.html", { id }, label || id);
ET.outletLink = (name) => ET.link("outlet.html", { name }, name);
ET.external = (url, text) => ET.h("a", { href: /^https?:\/\//i.test(url || "") ? url : "#", rel: "noopener noreferrer nofollow", target: "_blank" }, text || url);

ET.api = async (path, params) => {
  const qs = params ? "?" + new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== "")) : "";
  const res = await fetch(path + qs, { headers: { Accept: "application/json" }, credentials: "same-origin" });
  const body = await res.json().catch(() => ({ error: { status: res.status, message: res.statusText } }));
  if (!res.ok) {
    const err = new Error(body.error ? body.error.message : res.statusText);
    err.status = res.status;
    throw err;
  }
  return body;
};

ET.fail = (where, err) => {
  where.replaceChildren(ET.h("p", { class: "error", role: "alert" }, "Could not load: " + err.message));
};

ET.clear = (el, ...children) => { el.replaceChildren(); ET.append(el, children); return el; };

ET.nav = (current) => {
  const items = [["index.html", "Narratives"], ["articles.html", "Articles"], ["outlets.html", "Outlets"], ["search.html", "Search"], ["/openapi.json", "API"]];
  const nav = document.getElementById("nav");
  ET.clear(nav, ET.h("a", { href: "index.html", class: "brand" }, "Echotrace"),
    items.map(([href, label]) => ET.h("a", { href, class: href === current ? "current" : null }, label)));
};

ET.day = (iso) => (iso ? String(iso).slice(0, 10) : "—");

ET.table = (headers, rows) => ET.h("table", {},
  ET.h("thead", {}, ET.h("tr", {}, headers.map((x) => ET.h("th", {}, x)))),
  ET.h("tbody", {}, rows.map((r) => ET.h("tr", {}, r.map((c) => ET.h("td", {}, c))))));

// A bar sparkline of [{month, articles}] over the months between the first and the last.
ET.sparkline = (months, width = 120, height = 24) => {
  const svg = ET.s("svg", { class: "spark", width, height, viewBox: `0 0 ${width} ${height}`, role: "img" });
  if (!months || months.length === 0) return svg;
  const all = ET.monthRange(months[0].month, months[months.length - 1].month);
  const by = Object.fromEntries(months.map((m) => [m.month, m.articles]));
  const max = Math.max(...months.map((m) => m.articles));
  const w = width / all.length;
  all.forEach((m, i) => {
    const v = by[m] || 0;
    const bh = v ? Math.max(2, (v / max) * (height - 2)) : 0;
    svg.appendChild(ET.s("rect", { x: i * w, y: height - bh, width: Math.max(1, w - 1), height: bh, class: "bar" }, ET.s("title", {}, `${m}: ${v}`)));
  });
  svg.appendChild(ET.s("title", {}, `${months.length} active months, ${all[0]} to ${all[all.length - 1]}`));
  return svg;
};

ET.monthRange = (first, last) => {
  const out = [];
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  if (!m || !lm) return [first];
  while ((y < ly || (y === ly && m <= lm)) && out.length < 1200) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
};

ET.pager = (page, onPage) => {
  const { total, limit, offset } = page;
  const last = Math.max(0, Math.floor((total - 1) / limit) * limit);
  return ET.h("div", { class: "pager" },
    ET.h("button", { type: "button", disabled: offset <= 0 ? "disabled" : null, on: { click: () => onPage(Math.max(0, offset - limit)) } }, "← previous"),
    ` ${total === 0 ? 0 : offset + 1}–${Math.min(total, offset + limit)} of ${total} `,
    ET.h("button", { type: "button", disabled: offset >= last ? "disabled" : null, on: { click: () => onPage(offset + limit) } }, "next →"));
};

ET.claimKind = (c) => ET.h("span", { class: "kind kind-" + c.kind }, c.kind === "own" ? "own assertion" : "attributed");

ET.chainText = (c) => (c.chain || []).map((hop) => `${hop.name} (${hop.role})`).join(" ← ");
