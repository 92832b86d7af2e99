// Browser tests of a site redline built: every page is valid HTML
// (html-validate), meets WCAG 2.2 AA as axe-core checks it in light and in
// dark mode, fits a 360 px wide screen without sideways scrolling, prints
// without navigation, needs no script and loads nothing from another
// origin. Usage: node run.mjs DIR... (each a built public/ folder, or
// email:DIR for a folder of notice previews, whose styles must be inline).
// The browser is $CHROMIUM, or /usr/bin/chromium.
import { createServer } from "node:http";
import { readFile, readdir, stat } from "node:fs/promises";
import { join, extname, resolve } from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { HtmlValidate, FileSystemConfigLoader } from "html-validate";

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
const failures = [];
const fail = (page, what) => { failures.push(`${page}: ${what}`); };

const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".xml": "application/xml",
  ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png" };

// serve answers as a static host does: folder/ is folder/index.html, and
// a missing file is 404.html with status 404.
function serve(root) {
  return createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path.endsWith("/")) path += "index.html";
    const file = join(root, path);
    try {
      if (!file.startsWith(root)) throw new Error("outside");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": types[".html"] });
      res.end(await readFile(join(root, "404.html")).catch(() => "not found"));
    }
  });
}

async function htmlFiles(dir, prefix = "") {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...await htmlFiles(join(dir, e.name), prefix + e.name + "/"));
    else if (e.name.endsWith(".html")) out.push(prefix + e.name);
  }
  return out.sort();
}

const validatorFor = (email) => new HtmlValidate(new FileSystemConfigLoader({
  extends: ["html-validate:recommended"],
  rules: {
    // Legal text quotes and uses characters as written; these rules are about style, not validity.
    "no-trailing-whitespace": "off",
    "long-title": "off",
    // <!doctype html> is as valid as <!DOCTYPE html>.
    "doctype-style": "off",
    // A wide table sits in a focusable div with role="region", the pattern
    // that lets keyboard users scroll it (axe's scrollable-region-focusable).
    "prefer-native-element": ["error", { exclude: ["region"] }],
    // Mail programs drop style sheets: an email's styles are inline.
    ...(email ? { "no-inline-style": "off" } : {}),
  },
}));
const validators = { site: validatorFor(false), email: validatorFor(true) };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

let pagesChecked = 0;
for (let arg of process.argv.slice(2)) {
  const email = arg.startsWith("email:");
  if (email) arg = arg.slice("email:".length);
  const validator = email ? validators.email : validators.site;
  const root = resolve(arg);
  if (!(await stat(root)).isDirectory()) throw new Error(`${root} is not a folder`);
  const server = serve(root);
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const files = await htmlFiles(root);

  for (const file of files) {
    const name = `${arg}/${file}`;
    // 1. Valid HTML.
    const report = await validator.validateFile(join(root, file));
    for (const r of report.results) for (const m of r.messages) {
      fail(name, `invalid HTML, line ${m.line}: ${m.message} (${m.ruleId})`);
    }
    const url = origin + "/" + file.replace(/index\.html$/, "");
    for (const scheme of ["light", "dark"]) {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 }, colorScheme: scheme, javaScriptEnabled: true });
      const page = await context.newPage();
      const foreign = [];
      page.on("request", (req) => { if (!req.url().startsWith(origin) && !req.url().startsWith("data:")) foreign.push(req.url()); });
      const resp = await page.goto(url, { waitUntil: "load" });
      const status = resp.status();
      if (status !== 200 && !file.endsWith("404.html")) fail(name, `HTTP ${status}`);
      if (foreign.length) fail(name, `loads from another origin: ${foreign.join(", ")}`);
      // 2. No script in the page itself (the test injects axe afterwards).
      const scripts = await page.locator("script").count();
      if (scripts) fail(name, `${scripts} <script> elements: pages must work without JavaScript`);
      // 3. Fits 360 px: nothing makes the page scroll sideways.
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) fail(name, `${scheme}: ${width} px wide at a 360 px viewport: it scrolls sideways`);
      // 4. WCAG 2.2 AA, in this colour scheme.
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() => window.axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
      }));
      for (const v of result.violations) {
        const where = v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ");
        fail(name, `${scheme}: ${v.id} (${v.impact}): ${v.help}: ${where}`);
      }
      if (scheme === "light") {
        // 5. Print: navigation is hidden and insertions and deletions stay
        // marked in black and white.
        await page.emulateMedia({ media: "print" });
        const shown = await page.evaluate(() => [...document.querySelectorAll("nav, .skip-link")]
          .filter((e) => getComputedStyle(e).display !== "none" && e.getBoundingClientRect().height > 0).length);
        if (shown) fail(name, `print: ${shown} navigation elements still printed`);
        const unmarked = await page.evaluate(() => [...document.querySelectorAll("ins, del")].filter((e) => {
          const d = getComputedStyle(e).textDecorationLine;
          const marked = e.tagName === "INS" ? d.includes("underline") : d.includes("line-through");
          // A whole added block is not underlined: it says "Added:" on paper.
          const labelled = /^(Added|Removed)/.test(e.innerText.trim());
          return !marked && !labelled;
        }).length);
        if (unmarked) fail(name, `print: ${unmarked} insertions or deletions not underlined or struck through`);
        await page.pdf({ format: "A4" });
      }
      await context.close();
    }
    pagesChecked++;
  }
  server.close();
}
await browser.close();

if (failures.length) {
  console.error(failures.join("\n"));
  console.error(`\n${failures.length} problems in ${pagesChecked} pages`);
  process.exit(1);
}
console.log(`ok: ${pagesChecked} pages valid, WCAG 2.2 AA in light and dark mode, 360 px wide, printable, no script, nothing from another origin`);
