"""The applicant's page: one HTML document, its CSS and script inline, nothing loaded from anywhere else.

Choose the date and first/renewal, drop files or a folder, watch the pages being read, read the report. The
script is allowed by a per-response nonce (Content-Security-Policy), so even a name that slipped through
escaping could not run as script."""
from __future__ import annotations

import html
import json
from datetime import date

from precheck.core.declarations import KEYS as DECLARATION_KEYS
from precheck.core.limits import Limits
from precheck.core.model import APPLICATION_LABELS
from precheck.doors.arguments import DEFAULT_APPLICATION
from precheck.reports.html import PAGE_CSS, REPORT_CSS
from precheck.doors.web.sniff import ACCEPTED
from precheck.doors.web.uploads import DECLARE_PREFIX

PRIVACY_NOTE = "文件只在本机处理，检查完即删除，不会上传到任何网站。"


def content_security_policy(nonce: str) -> str:
    return (f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; img-src data:; "
            "connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'")


def render_page(nonce: str, limits: Limits, today: date) -> str:
    config = {"maxFileBytes": limits.upload_max_file_bytes, "maxTotalBytes": limits.upload_max_total_bytes,
              "maxFiles": limits.max_files, "css": PAGE_CSS + REPORT_CSS}
    replacements = {
        "__CSS__": PAGE_CSS + REPORT_CSS + APP_CSS,
        "__NONCE__": html.escape(nonce),
        "__TODAY__": today.isoformat(),
        "__APPLICATIONS__": _application_choices(),
        "__DECLARATIONS__": _declaration_fields(),
        "__PRIVACY__": PRIVACY_NOTE,
        "__ACCEPTED__": ACCEPTED,
        "__MAX_FILE_MB__": str(limits.upload_max_file_bytes // 1048576),
        "__MAX_TOTAL_MB__": str(limits.upload_max_total_bytes // 1048576),
        # In a <script>: "</" and "<!--" must not appear, so "<" is escaped.
        "__CONFIG__": json.dumps(config, ensure_ascii=False).replace("<", "\\u003c"),
    }
    page = PAGE
    for key, value in replacements.items():
        page = page.replace(key, value)
    return page


def _declaration_fields() -> str:
    """One input per declarable item (precheck.core.declarations.KEYS): a choice, a number or a tick."""
    out = []
    for key, item in DECLARATION_KEYS.items():
        name, label = html.escape(DECLARE_PREFIX + key), html.escape(item.label)
        if item.kind == "flag":
            out.append(f"<label><input type='checkbox' data-declare name='{name}' value='true'> {label}</label>")
        elif item.kind == "number":
            out.append(f"<label>{label} <input type='number' min='0' step='1' data-declare name='{name}'></label>")
        else:
            options = "".join(f"<option>{html.escape(choice)}</option>" for choice in item.choices)
            out.append(f"<label>{label} <select data-declare name='{name}'><option value=''>（无）</option>{options}</select></label>")
    return "\n    ".join(out)


def _application_choices() -> str:
    def choice(kind: str, label: str) -> str:
        checked = " checked" if kind == DEFAULT_APPLICATION else ""
        return f"<label><input type='radio' name='application' value='{kind}'{checked}> {label}</label>"

    return "\n    ".join(choice(kind, label) for kind, label in APPLICATION_LABELS.items())


APP_CSS = """
.privacy{background:#ddf4ff;border:1px solid #54aeff;border-radius:6px;padding:8px 12px}
.declare{border:1px solid #d0d7de;border-radius:6px;margin:12px 0;padding:8px 14px}.declare label{display:inline-block;margin:4px 18px 4px 0}
fieldset{border:1px solid #d0d7de;border-radius:6px;margin:12px 0;padding:10px 14px}fieldset label{margin-right:18px}
.drop{border:2px dashed #8c959f;border-radius:8px;padding:26px;text-align:center;margin:12px 0;background:#f6f8fa}
.drop.over{border-color:#0969da;background:#ddf4ff}.drop .big{font-size:18px;margin-bottom:10px}
.button{display:inline-block;border:1px solid #8c959f;border-radius:6px;padding:6px 14px;margin:4px;background:#fff;cursor:pointer}
.button input{display:none}.hint{color:#656d76;font-size:13px}
#start,#again{font-size:17px;padding:8px 24px;border-radius:6px;border:0;background:#1f883d;color:#fff;cursor:pointer}
#start:disabled{background:#8c959f;cursor:default}#again{background:#0969da}
#chosen ul{max-height:180px;overflow:auto;font-size:13px;color:#424a53}
.bar{height:16px;background:#eaeef2;border-radius:8px;overflow:hidden;margin:8px 0}
.bar div{height:100%;width:0;background:#0969da;transition:width .3s}
.error{background:#ffebe9;border:1px solid #ff8182;border-radius:6px;padding:8px 12px;margin:12px 0}
.refused{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:8px 12px;margin:12px 0}
.tools{margin:14px 0}.tools a{margin-right:16px}
.finding .sheet{display:inline-block;margin:8px 12px 4px 0;vertical-align:top}.finding .sheet img{width:440px}
"""

PAGE = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>居住证积分材料预检</title><style>__CSS__</style></head>
<body>
<h1>居住证积分材料预检</h1>
<p class="privacy" id="privacy"><b>隐私：</b>__PRIVACY__ 本页面不连接互联网。</p>
<form id="form">
  <fieldset>
    <label>预计提交日期 <input type="date" id="as_of" name="as_of" value="__TODAY__" required></label>
    <span>申请类型：</span>
    __APPLICATIONS__
  </fieldset>
  <details class="declare"><summary>积分申报（可选）：材料里没有、但要计分的项目</summary>
    <p class="hint">这些项目无法从材料中看出，填写后在积分估算中标为「申报」，不会与材料证明的分数混在一起。</p>
    __DECLARATIONS__
  </details>
  <div class="drop" id="drop">
    <div class="big">把材料文件或整个文件夹拖到这里</div>
    <label class="button">选择文件<input type="file" id="files" multiple
      accept=".jpg,.jpeg,.png,.heic,.heif,.tif,.tiff,.webp,.bmp,.pdf,.zip,image/*,application/pdf,application/zip"></label>
    <label class="button">选择文件夹<input type="file" id="folder" webkitdirectory multiple></label>
    <p class="hint">可以检查：__ACCEPTED__。单个文件不超过 __MAX_FILE_MB__ MB，一次合计不超过 __MAX_TOTAL_MB__ MB。
      文件名随意，每页按内容识别。</p>
  </div>
  <div id="chosen"></div>
  <button type="submit" id="start" disabled>开始检查</button>
</form>
<div id="error" class="error" role="alert" hidden></div>
<div id="progress" hidden><div class="bar"><div id="bar"></div></div><p id="progress-text"></p></div>
<div id="refused" class="refused" hidden></div>
<section id="result" hidden>
  <h2>检查结果</h2>
  <div class="tools"><a href="#" id="save">保存报告（网页文件）</a><button type="button" id="again">检查另一份材料</button></div>
  <div id="report"></div>
</section>
<script nonce="__NONCE__">
"use strict";
const CONFIG = __CONFIG__;
const $ = (id) => document.getElementById(id);
let chosen = [];
let reportHtml = "";
const OFFLINE = "连接不上本机的检查程序。请确认运行 precheck serve 的窗口还开着，然后重试。";

function mb(bytes) { return (bytes / 1048576).toFixed(1) + " MB"; }
function hidden(name) { return name.split("/").some((part) => part.startsWith(".")); }

function add(file, name) {
  name = name || file.webkitRelativePath || file.name;
  if (hidden(name) || chosen.some((c) => c.name === name && c.file.size === file.size)) return;
  chosen.push({ file, name });
}

function showChosen() {
  const box = $("chosen");
  box.textContent = "";
  $("start").disabled = chosen.length === 0;
  if (!chosen.length) return;
  const total = chosen.reduce((sum, c) => sum + c.file.size, 0);
  const head = document.createElement("p");
  head.textContent = `已选择 ${chosen.length} 个文件，共 ${mb(total)} `;
  const clear = document.createElement("a");
  clear.href = "#"; clear.textContent = "清空";
  clear.addEventListener("click", (event) => { event.preventDefault(); chosen = []; showChosen(); });
  head.appendChild(clear);
  const list = document.createElement("ul");
  for (const c of chosen) {
    const item = document.createElement("li");
    item.textContent = `${c.name}（${mb(c.file.size)}）`;
    list.appendChild(item);
  }
  box.append(head, list);
}

function showError(message) {
  $("error").textContent = message;
  $("error").hidden = !message;
}

// A dropped folder is walked with the File System entries API; readEntries gives at most 100 at a time.
async function walk(entry, prefix) {
  if (entry.isFile) {
    await new Promise((done) => entry.file((file) => { add(file, prefix + file.name); done(); }, done));
  } else if (entry.isDirectory) {
    const reader = entry.createReader();
    for (;;) {
      const batch = await new Promise((done) => reader.readEntries(done, () => done([])));
      if (!batch.length) break;
      for (const child of batch) await walk(child, prefix + entry.name + "/");
    }
  }
}

const drop = $("drop");
["dragenter", "dragover"].forEach((type) => drop.addEventListener(type, (event) => {
  event.preventDefault(); drop.classList.add("over");
}));
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", async (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  const items = [...(event.dataTransfer.items || [])];
  const entries = items.map((item) => item.webkitGetAsEntry && item.webkitGetAsEntry()).filter(Boolean);
  if (entries.length) {
    for (const entry of entries) await walk(entry, "");
  } else {
    for (const file of event.dataTransfer.files) add(file);
  }
  showChosen();
});
$("files").addEventListener("change", (event) => {
  for (const f of event.target.files) add(f, f.name);
  event.target.value = ""; showChosen();
});
$("folder").addEventListener("change", (event) => {
  for (const f of event.target.files) add(f);
  event.target.value = ""; showChosen();
});

// The server checks the same limits; checking here first spares uploading what would be refused.
function tooLarge() {
  const big = chosen.find((c) => c.file.size > CONFIG.maxFileBytes);
  if (big) return `文件“${big.name}”有 ${mb(big.file.size)}，超过单个文件上限 ${mb(CONFIG.maxFileBytes)}。请压缩或重新扫描后再选择。`;
  const total = chosen.reduce((sum, c) => sum + c.file.size, 0);
  if (total > CONFIG.maxTotalBytes) return `所选文件共 ${mb(total)}，超过一次上传的上限 ${mb(CONFIG.maxTotalBytes)}。请分几次检查。`;
  if (chosen.length > CONFIG.maxFiles) return `一次最多 ${CONFIG.maxFiles} 个文件，请分几次检查。`;
  return "";
}

const FALLBACK = {
  413: "文件太大：超过了上传上限。请压缩后或分几次检查。",
  415: "文件类型不支持。请上传图片（JPG、PNG、HEIC 等）或 PDF。",
  422: "填写的内容有误，请检查提交日期和申请类型。",
  503: "本机正在检查其他材料，请稍后再试。",
};

function failure(status, body) {
  let detail = "";
  try { detail = JSON.parse(body).detail; } catch (e) { detail = ""; }
  if (typeof detail !== "string") detail = "";
  return detail || FALLBACK[status] || `出错了（HTTP ${status}），请重试。`;
}

function progress(fraction, text) {
  $("progress").hidden = false;
  $("bar").style.width = Math.round(Math.min(1, Math.max(0, fraction)) * 100) + "%";
  $("progress-text").textContent = text;
}

function showRefused(refused) {
  const box = $("refused");
  box.textContent = "";
  box.hidden = !refused || !refused.length;
  if (box.hidden) return;
  const title = document.createElement("b");
  title.textContent = "以下文件未检查：";
  const list = document.createElement("ul");
  for (const r of refused) {
    const item = document.createElement("li");
    item.textContent = `${r.file}：${r.message}`;
    list.appendChild(item);
  }
  box.append(title, list);
}

$("form").addEventListener("submit", (event) => {
  event.preventDefault();
  showError("");
  if (!chosen.length) { showError("请先选择或拖入材料文件。"); return; }
  const problem = tooLarge();
  if (problem) { showError(problem); return; }
  const form = new FormData();
  form.append("as_of", $("as_of").value);
  form.append("application", document.querySelector("input[name=application]:checked").value);
  for (const input of document.querySelectorAll("[data-declare]")) {
    if (input.type === "checkbox" ? input.checked : input.value) form.append(input.name, input.value);
  }
  for (const c of chosen) form.append("files", c.file, c.name);
  $("start").disabled = true;
  $("result").hidden = true;
  const request = new XMLHttpRequest();
  request.open("POST", "/api/jobs");
  request.upload.addEventListener("progress", (e) => {
    if (e.lengthComputable) progress(0.1 * e.loaded / e.total, `正在把文件交给本机检查程序… ${Math.round(100 * e.loaded / e.total)}%`);
  });
  request.addEventListener("load", () => {
    if (request.status === 202) {
      const job = JSON.parse(request.responseText);
      showRefused(job.refused);
      progress(0.1, "正在排队…");
      poll(job.id);
    } else {
      $("progress").hidden = true; $("start").disabled = false;
      showError(failure(request.status, request.responseText));
    }
  });
  request.addEventListener("error", () => {
    $("progress").hidden = true; $("start").disabled = false;
    showError(OFFLINE);
  });
  request.send(form);
});

async function poll(id, misses = 0) {
  let response;
  try {
    response = await fetch("/api/jobs/" + encodeURIComponent(id), { cache: "no-store" });
  } catch (e) {
    if (misses >= 5) { finishWithError(OFFLINE); return; }
    setTimeout(() => poll(id, misses + 1), 2000);
    return;
  }
  const body = await response.text();
  if (!response.ok) { finishWithError(failure(response.status, body)); return; }
  const job = JSON.parse(body);
  if (job.status === "done") { showReport(job); return; }
  if (job.status === "failed") { finishWithError(job.message || "检查失败，请重试。"); return; }
  if (job.status === "queued") progress(0.1, "正在排队：本机在检查其他材料，稍等…");
  else if (job.pages_total && job.pages_done >= job.pages_total) progress(0.95, `已读完 ${job.pages_done} 页，正在核对规则、生成报告…`);
  else progress(0.1 + 0.85 * job.pages_done / Math.max(1, job.pages_total), `正在读取材料：已读 ${job.pages_done} / ${job.pages_total} 页`);
  setTimeout(() => poll(id), 700);
}

function finishWithError(message) {
  $("progress").hidden = true;
  $("start").disabled = false;
  showError(message);
}

function showReport(job) {
  progress(1, `完成：共 ${job.report.pages.length} 页，发现 ${job.report.findings.length} 个问题。`);
  reportHtml = job.html;
  $("report").innerHTML = job.html; // built on this computer from escaped text; scripts inside would not run (CSP)
  showPagesInFindings();
  $("result").hidden = false;
  $("start").disabled = false;
  $("result").scrollIntoView();
}

// Each finding gets its pages right under it: a copy of the page with its boxes from the list of pages below.
function showPagesInFindings() {
  for (const finding of $("report").querySelectorAll(".finding")) {
    const ids = [...new Set([...finding.querySelectorAll("a[href^='#page-']")].map((a) => a.getAttribute("href").slice(1)))];
    for (const id of ids.slice(0, 3)) {
      const sheet = document.getElementById(id) && document.getElementById(id).querySelector(".sheet");
      if (sheet) finding.appendChild(sheet.cloneNode(true));
    }
  }
}

$("save").addEventListener("click", (event) => {
  event.preventDefault();
  const page = "<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><title>居住证积分材料预检</title>"
    + "<style>" + CONFIG.css + "</style></head><body><h1>居住证积分材料预检</h1>" + reportHtml + "</body></html>";
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([page], { type: "text/html" }));
  link.download = "居住证积分预检报告.html";
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
});
$("again").addEventListener("click", () => {
  chosen = []; showChosen(); showRefused([]); showError("");
  $("result").hidden = true; $("progress").hidden = true; $("report").textContent = ""; reportHtml = "";
  window.scrollTo(0, 0);
});
</script>
</body></html>
"""
