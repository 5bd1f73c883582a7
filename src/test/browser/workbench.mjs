// Browser test of the workbench, driven by playwright-core (installed by npm ci in src/main/web)
// on Debian's chromium, never a downloaded browser. Usage: node workbench.mjs BASE_URL OUT_DIR.
// Opens every page, follows links, checks what they show, takes screenshots, and proves that an
// article and a narrative label full of script tags and event handlers execute nothing.
import { createRequire } from "node:module";
import { mkdtempSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "..", "..", "main", "web", "package.json"));
const { chromium } = require("playwright-core");

const [base, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const failures = [];
const check = (ok, what) => { if (!ok) failures.push(what); console.error((ok ? "ok   " : "FAIL ") + what); };
const executablePath = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find(existsSync);

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "echotrace-chromium-")), {
  executablePath, headless: true, viewport: { width: 1280, height: 900 },
  args: ["--headless", "--no-sandbox", "--disable-background-networking", "--disable-component-update"],
});
const page = context.pages()[0] || await context.newPage();
page.setDefaultTimeout(20000);
page.on("dialog", (d) => { failures.push("a dialog opened: " + d.message()); d.dismiss(); });
page.on("pageerror", (e) => failures.push("script error on " + page.url() + ": " + e.message));
page.on("console", (m) => { if (m.type() === "error" && !/503|Service Unavailable|favicon/.test(m.text() + (m.location().url || ""))) failures.push("console error on " + page.url() + ": " + m.text()); });
await context.route("**/*", (route) => {
  const url = route.request().url();
  const ok = url.startsWith(base + "/") && /\/(|[a-z]+\.html|js\/[a-z]+\.js|css\/[a-z]+\.css|api\/.*|openapi\.json|favicon\.ico|vendor\/world-atlas\/countries-110m\.json)(\?.*|#.*)?$/.test(url.slice(base.length));
  if (!ok) failures.push("unexpected request: " + url);
  return ok ? route.continue() : route.abort();
});
const shot = (name) => page.screenshot({ path: join(out, name + ".png"), fullPage: true });
const pwned = () => page.evaluate(() => window.__pwned);

// 1. Home: the narratives list.
await page.goto(base + "/");
await page.waitForSelector("table a[href^='narrative.html']");
const home = await page.textContent("main");
check(home.includes("The US-held al-Tanf zone shelters ISIS"), "home lists the al-Tanf narrative");
check(home.includes("<img src=x onerror="), "home shows the hostile narrative label as text");
check(await page.locator("svg.spark rect").count() > 0, "home draws sparklines");
check(await pwned() === undefined, "the hostile label ran nothing on the home page");
await shot("narratives");

// 2. Second click: one narrative.
await page.click("text=The US-held al-Tanf zone shelters ISIS");
await page.waitForSelector("#sec-timeline svg rect");
await page.waitForSelector("#sec-map path.country");
check(await page.locator("#sec-provenance .node").count() >= 2, "provenance graph has nodes");
check(await page.locator("#sec-provenance .node.first").count() === 1, "provenance marks the first outlet");
check(await page.locator("#sec-map circle").count() > 0, "map shows places");
check((await page.textContent("#sec-cases")).includes("Fixture disproof"), "matched case shows its disproof");
check((await page.textContent("#sec-family")).includes("Rukban camp"), "sub-narrative listed");
check(await page.locator("#sec-claims tbody tr").count() > 0, "claims listed with evidence");
check(await page.locator("#sec-techniques").count() === 1, "narrative shows its technique profile");
check(await page.locator("#sec-duplicates").count() === 1, "narrative shows its near-duplicate pairs");
await shot("narrative");

// 2b. A narrative's member lists come a page at a time: "more" appends the next page.
await page.goto(base + "/narrative.html?id=n-tanf&limit=2");
await page.waitForSelector("#sec-claims tbody tr");
const { claims_total: claimsTotal, articles_total: articlesTotal } = await (await page.request.get(base + "/api/narratives/n-tanf?limit=1")).json();
check(await page.locator("#sec-claims tbody tr").count() === Math.min(2, claimsTotal), "a narrative shows the first page of its claims");
if (claimsTotal > 2) {
  await page.click("#more-claims button");
  await page.waitForFunction((n) => document.querySelectorAll("#sec-claims tbody tr").length === n, Math.min(4, claimsTotal));
  check(await page.locator("#sec-claims tbody tr").count() === Math.min(4, claimsTotal), "'more' appends the next page of claims");
  check((await page.textContent("#more-claims")).includes(`${Math.min(4, claimsTotal)} of ${claimsTotal} claims`), "the count shown follows the rows");
} else {
  check(false, "the seeds' al-Tanf narrative has more than two claims");
}
check(await page.locator("#sec-articles tbody tr").count() === Math.min(2, articlesTotal), "a narrative lists the first page of its articles");
check(await page.locator("#sec-events").count() === 1, "a narrative lists its claimed events");
await shot("narrative-paged");

// 3. Follow a claim's evidence into its article.
await page.locator("#sec-claims tbody tr a[href^='article.html']").first().click();
await page.waitForSelector("#text .segment");
check(await page.locator("#text .seg-furniture").count() > 0, "article shows set-apart lines greyed, not hidden");
check(await page.locator("#text .claim").count() > 0, "article highlights claims");
check(/\bSY\b/.test(await page.textContent(".focus-place") || ""), "an article of the seeds says it is about Syria (SY)");
const attributed = page.locator("#text .claim-attributed").first();
if (await attributed.count()) {
  await attributed.hover();
  check((await page.textContent("#hover")).includes("attributed to"), "hovering a claim shows its speaker");
}
await shot("article");

// 4. Outlets and one outlet.
await page.goto(base + "/outlets.html");
await page.waitForSelector("table a[href^='outlet.html']");
await page.locator("table a[href^='outlet.html']").first().click();
await page.waitForSelector("h1");
await page.waitForSelector("text=Relay profile");
check((await page.textContent("main")).includes("Technique profile"), "outlet shows its technique profile");
await shot("outlet");

// 4b. An article whose claims have near-duplicates lists them under each claim.
let paired = null;
for (const a of (await (await page.request.get(base + "/api/articles?limit=50")).json()).items) {
  const full = await (await page.request.get(base + "/api/articles/" + encodeURIComponent(a.id))).json();
  if (full.claims.some((c) => c.near_duplicates.length)) { paired = a.id; break; }
}
check(paired !== null, "the seeds have a claim with a near-duplicate");
if (paired) {
  await page.goto(base + "/article.html?id=" + encodeURIComponent(paired));
  await page.waitForSelector("#text .segment");
  check(await page.locator(".near-duplicates li").count() > 0, "article lists a claim's near-duplicates");
}

// 5. Search: full text, then semantic (the index may still be building: retry for a minute).
await page.goto(base + "/search.html?q=Rukban&mode=text");
await page.waitForSelector("#results h2");
check(await page.locator("#results table").count() > 0, "full-text search finds claims or articles");
let semanticOk = false;
for (let i = 0; i < 30 && !semanticOk; i++) {
  await page.goto(base + "/search.html?q=" + encodeURIComponent("the US base shelters terrorists") + "&mode=semantic");
  await page.waitForSelector("#results h2, #results .error");
  semanticOk = (await page.locator("#results table").count()) > 0;
  if (!semanticOk) await page.waitForTimeout(2000);
}
check(semanticOk, "semantic search answers");
await shot("search");

// 6. The hostile article: every tag shown as text, nothing run, even on hover.
const hostile = await page.evaluate(async () => (await (await fetch("/api/articles?limit=500")).json()).items
  .find((a) => (a.title || "").includes("Officials said")).id);
await page.goto(base + "/article.html?id=" + hostile);
await page.waitForSelector("#text .segment");
for (const el of await page.locator("#text .segment").all()) await el.hover();
await page.waitForTimeout(500);
check(await pwned() === undefined, "the hostile article ran nothing");
check(await page.locator("#text script, #text img, #text svg, #text iframe, #text b, h1 script").count() === 0, "no element was made from the article's tags");
check((await page.textContent("#text")).includes("<script>window.__pwned = 'body'; alert(1)</script>"), "the script tag is shown as text");
await shot("hostile-article");
await page.goto(base + "/narrative.html?id=n-hostile");
await page.waitForSelector("h1");
check((await page.textContent("h1")).startsWith("<img src=x"), "the hostile narrative label is shown as text");
check(await pwned() === undefined, "the hostile narrative ran nothing");

// 7. Articles list with a filter.
await page.goto(base + "/articles.html?q=ISIS");
await page.waitForSelector("#results table");
check(await page.locator("#results tbody tr").count() > 0, "articles list filters by full text");
await shot("articles");

await context.close();
console.log(JSON.stringify({ browser: executablePath, checks_failed: failures.length, failures }));
process.exit(failures.length ? 1 : 0);
