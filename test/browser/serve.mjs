// Browser test of `redline serve`: a tab open on a draft's page follows
// the draft on disk without a manual reload. Usage:
//   node serve.mjs REDLINE SITE NOW
// starts REDLINE serve on a copy of SITE as of NOW, opens the draft of
// example/privacy, changes how long data is kept (new text, and a new
// material verdict), breaks the front matter (the error page), fixes it
// (the page again). Every step waits for what the tab shows, never a
// fixed time.
import { spawn } from "node:child_process";
import { readFile, writeFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "playwright-core";

const [redline, site, now] = process.argv.slice(2);
const draftFile = join(site, "content/example/privacy.md");
const step = (s) => console.log("serve: " + s);

const server = spawn(redline, ["serve", "--source", site, "--addr", "127.0.0.1:0", "--now", now],
  { stdio: ["ignore", "pipe", "inherit"] });
const url = await new Promise((resolve, reject) => {
  let out = "";
  server.stdout.on("data", (d) => {
    out += d;
    const m = out.match(/at (http:\/\/[^ ]+\/) /);
    if (m) resolve(m[1]);
  });
  server.on("exit", (code) => reject(new Error(`redline serve exited with ${code}:\n${out}`)));
});
step("serving at " + url);

// An editor's save: a new file renamed over the old one.
const save = async (text) => {
  await writeFile(draftFile + ".tmp~", text);
  await rename(draftFile + ".tmp~", draftFile);
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
let failed = false;
try {
  const page = await browser.newPage();
  const shows = (pred, what) => page.waitForFunction(pred, undefined, { timeout: 15000, polling: 100 })
    .then(() => step("the tab shows " + what), (e) => { throw new Error(`the tab never showed ${what}: ${e.message}`); });
  // The summary's entry for a section, and whether it is marked material.
  const verdictOf = (section) => page.evaluate((section) => {
    const li = [...document.querySelectorAll("ol.changes li")].find((li) => li.textContent.includes(section));
    return li ? (li.querySelector(".badge.material") ? "material" : "minor") : "unchanged";
  }, section);

  const resp = await page.goto(url + "example/privacy/draft/");
  if (resp.status() !== 200) throw new Error(`draft page: status ${resp.status()}`);
  const before = await verdictOf("How long we keep it");
  if (before !== "unchanged") throw new Error(`retention is ${before} before the edit`);
  const good = await readFile(draftFile, "utf8");
  if (!good.includes("90 days")) throw new Error("the draft does not say 90 days");

  const longer = good.replace("90 days", "400 days");
  await save(longer);
  await shows(() => document.body.innerText.includes("400 days"), "the new text");
  const after = await verdictOf("How long we keep it");
  if (after !== "material") throw new Error(`retention is ${after} after the edit, want material`);
  step("the retention change has its verdict: material");

  await save(longer.replace('title = "Privacy Policy"', 'title = "Privacy Policy'));
  await shows(() => document.body.innerText.includes("The site does not build") &&
    document.body.innerText.includes("content/example/privacy.md:2"), "the error page, with the file and line");

  await save(longer);
  await shows(() => !document.body.innerText.includes("The site does not build") &&
    document.body.innerText.includes("400 days"), "the draft again");
  if (await verdictOf("How long we keep it") !== "material") throw new Error("after the fix the verdict is gone");
} catch (e) {
  console.error("serve: " + e.message);
  failed = true;
} finally {
  await browser.close();
  server.kill("SIGINT");
}
process.exit(failed ? 1 : 0);
