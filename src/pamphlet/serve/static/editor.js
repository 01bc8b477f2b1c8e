// The editor page: the source on the left, the pages on the right, updated after each
// pause in typing. Nothing here is fetched from anywhere but this server.
"use strict";
(() => {
  const $ = (selector) => document.querySelector(selector);
  const state = JSON.parse($("#state").textContent);
  const text = $("#text"), gutter = $("#gutter"), mirror = $("#mirror");
  const pages = $("#pages"), report = $("#report"), problems = $("#problems");
  const banner = $("#banner"), saveButton = $("#save"), saveState = $("#save-state");
  const layout = $("#layout"), target = $("#target"), overlay = $("#overlay");
  const editorBox = $(".editor");
  const DEBOUNCE_MS = 250;
  const SAFE_PT = 5 * 72 / 25.4;  // the safe area: 5 mm inside the trim

  let version = 0;          // the newest version sent to the server
  let shown = -1;           // the version whose pages are on screen
  let savedText = text.value;
  let base = state.base;    // the file's version this text was loaded from or saved as
  let diskSeen = state.base; // the newest version of the file this page has been told of
  let typingTimer = null, lastTyped = 0, busy = false;
  let errorLines = new Set();
  const sent = {};          // version → {typed, received}
  window.pamphletTimings = [];

  const dirty = () => text.value !== savedText;

  function showSaveState() {
    const isDirty = dirty();
    saveState.textContent = isDirty ? "Unsaved changes" : "Saved";
    saveState.className = "save-state " + (isDirty ? "dirty" : "saved");
  }

  // Line numbers that follow soft-wrapped lines: each line measured in a hidden mirror.
  let gutterQueued = false;
  function layoutGutter() {
    gutterQueued = false;
    const lines = text.value.split("\n");
    mirror.style.width = text.clientWidth + "px";
    mirror.replaceChildren(...lines.map((line) => {
      const div = document.createElement("div");
      div.textContent = line || "\u200b";
      return div;
    }));
    const rows = [...mirror.children].map((div, index) => {
      const row = document.createElement("div");
      row.textContent = String(index + 1);
      row.style.height = div.getBoundingClientRect().height + "px";
      if (errorLines.has(index + 1)) row.className = "bad";
      return row;
    });
    gutter.replaceChildren(...rows);
    text.style.height = "auto";
    text.style.height = Math.max(text.scrollHeight, editorBox.clientHeight) + "px";
  }
  function queueGutter() {
    if (!gutterQueued) { gutterQueued = true; requestAnimationFrame(layoutGutter); }
  }

  function jumpTo(line) {
    const lines = text.value.split("\n");
    const number = Math.min(Math.max(1, line), lines.length);
    let start = 0;
    for (let i = 0; i < number - 1; i++) start += lines[i].length + 1;
    text.focus({ preventScroll: true });
    text.setSelectionRange(start, start + lines[number - 1].length);
    const row = gutter.children[number - 1];
    if (row) editorBox.scrollTop = Math.max(0, row.offsetTop - editorBox.clientHeight / 3);
  }

  async function post(url, body) {
    try {
      const response = await fetch(url, {
        method: "POST", credentials: "same-origin",
        headers: { "content-type": "application/json" }, body: JSON.stringify(body),
      });
      const data = await response.json().catch(() => ({}));
      if (!response.ok && !data.error) data.error = `the server answered ${response.status}`;
      return data;
    } catch (error) {
      return { error: "the server cannot be reached: is pamphlet serve still running?" };
    }
  }

  async function sendEdit() {
    clearTimeout(typingTimer);
    version += 1;
    const mine = version;
    const typed = lastTyped || Date.now();
    pages.classList.add("stale");
    const reply = await post("/api/edit", {
      editor: state.editor, version: mine, text: text.value,
      layout: layout.value, target: target.value,
    });
    if (reply.error) { showBanner(reply.error, "error"); return; }
    sent[mine] = { typed, received: reply.received };
  }

  text.addEventListener("input", () => {
    lastTyped = Date.now();
    showSaveState();
    queueGutter();
    clearTimeout(typingTimer);
    typingTimer = setTimeout(sendEdit, DEBOUNCE_MS);
  });
  layout.addEventListener("change", sendEdit);
  target.addEventListener("change", sendEdit);
  overlay.addEventListener("change", () => document.body.classList.toggle("show-overlay", overlay.checked));
  window.addEventListener("resize", queueGutter);

  // Pages
  // A page image already on screen (an edit left the page as it was: same name) is moved
  // into the new set as it is, neither fetched nor decoded again; the image goes into its
  // sheet when the whole set is ready (placed), so the old pages stay until then.
  function pageFigure(url, box, index, count, onScreen) {
    const figure = document.createElement("figure");
    figure.className = "page";
    const sheet = document.createElement("div");
    sheet.className = "sheet";
    sheet.style.position = "relative";
    const kept = onScreen.get(url);
    onScreen.delete(url);
    const image = kept || new Image();
    if (!kept) image.src = url;
    image.alt = `Page ${index + 1} of ${count}`;
    sheet.append(overlayFor(box));
    const caption = document.createElement("figcaption");
    caption.textContent = `${index + 1} / ${count}`;
    figure.append(sheet, caption);
    return { figure, image, fresh: !kept, place: () => sheet.prepend(image) };
  }

  function overlayFor(box) {
    const layer = document.createElement("div");
    layer.className = "overlay";
    layer.style.height = "100%";
    const place = (name, [x, y, w, h]) => {
      const div = document.createElement("div");
      div.className = name;
      div.style.left = (100 * x / box.width) + "%";
      div.style.top = (100 * y / box.height) + "%";
      div.style.width = (100 * w / box.width) + "%";
      div.style.height = (100 * h / box.height) + "%";
      layer.append(div);
    };
    const [x, y, w, h] = box.trim;
    const sameAsTrim = box.bleed.every((v, i) => Math.abs(v - box.trim[i]) < 0.5);
    if (!sameAsTrim) place("bleed", box.bleed);
    place("trim", box.trim);
    place("safe", [x + SAFE_PT, y + SAFE_PT, w - 2 * SAFE_PT, h - 2 * SAFE_PT]);
    return layer;
  }

  async function showPages(data) {
    if (data.version < shown) return;
    if (data.changed && data.pages) {
      const onScreen = new Map([...pages.querySelectorAll(".sheet > img")]
        .map((image) => [image.getAttribute("src"), image]));
      const made = data.pages.map((url, i) => pageFigure(url, data.boxes[i], i, data.pages.length, onScreen));
      await Promise.all(made.filter(({ fresh }) => fresh).map(({ image }) => image.decode().catch(() => null)));
      if (data.version < shown) return;
      made.forEach(({ place }) => place());
      pages.replaceChildren(...made.map(({ figure }) => figure));
    }
    shown = data.version;
    if (shown >= version) pages.classList.remove("stale");
    const when = sent[data.version];
    if (when) {
      window.pamphletTimings.push({ version: data.version, typed: when.typed,
        received: data.received || when.received, shown: Date.now(), changed: data.changed,
        exact: data.exact });
    }
  }

  function showReport(data) {
    const r = data.report;
    const bits = [];
    bits.push(span("fit", `Body ${fmt(r.body_pt)} pt on ${fmt(r.leading_pt)} pt`));
    bits.push(span("", `${r.pages} page${r.pages === 1 ? "" : "s"} (${r.layout} allows ${r.budget})`));
    if (r.note) bits.push(span("", r.note));
    bits.push(span("muted", data.exact ? "set as pamphlet build sets it"
                                       : `quick fit (${r.renders} renders); checking…`));
    bits.push(legend(data.boxes && data.boxes[0]));
    report.replaceChildren(...bits);
  }

  function legend(box) {
    const wrap = span("legend", "");
    if (!overlay.checked) return wrap;
    const item = (cls, words) => {
      const s = document.createElement("span");
      const i = document.createElement("i");
      i.className = cls;
      s.append(i, words);
      return s;
    };
    wrap.append(item("trim", "trim"), item("safe", "safe area (5 mm)"));
    if (box && !box.bleed.every((v, i) => Math.abs(v - box.trim[i]) < 0.5)) wrap.append(item("bleed", "bleed"));
    else wrap.append(span("muted", "no bleed in this target"));
    return wrap;
  }
  overlay.addEventListener("change", () => {
    const old = report.querySelector(".legend");
    if (old && lastPages) old.replaceWith(legend(lastPages.boxes && lastPages.boxes[0]));
  });

  function showProblems(list, preflight) {
    errorLines = new Set(list.filter((p) => p.line && ["error", "glyph"].includes(p.kind)).map((p) => p.line));
    const rank = { error: 0, glyph: 0, fail: 0, warning: 1, warn: 1, pass: 2 };
    const all = [...list, ...(preflight || [])].sort((a, b) => (rank[a.kind] ?? 1) - (rank[b.kind] ?? 1));
    const items = all.map((p) => {
      const li = document.createElement("li");
      li.className = "k-" + p.kind;
      if (p.line) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "line-link";
        button.textContent = `line ${p.line}`;
        button.addEventListener("click", () => jumpTo(p.line));
        li.append(button);
      }
      if (p.check) li.append(span("check", p.check));
      li.append(document.createTextNode(p.message));
      return li;
    });
    if (!items.length) {
      const li = document.createElement("li");
      li.className = "k-pass";
      li.textContent = preflight ? "No problems." : "No problems so far; checking…";
      items.push(li);
    }
    problems.replaceChildren(...items);
    queueGutter();
  }

  function span(cls, words) {
    const s = document.createElement("span");
    if (cls) s.className = cls;
    s.textContent = words;
    return s;
  }
  const fmt = (value) => (value == null ? "?" : (+value).toFixed(2).replace(/\.?0+$/, ""));

  let lastPages = null;
  const events = new EventSource(`/api/events/${encodeURIComponent(state.editor)}`);
  events.addEventListener("pages", async (event) => {
    const data = JSON.parse(event.data);
    lastPages = data;
    await showPages(data);
    showReport(data);
    showProblems(data.problems, data.preflight);
    if (banner.dataset.kind === "set-error") hideBanner();
  });
  events.addEventListener("problems", (event) => {
    const data = JSON.parse(event.data);
    shown = Math.max(shown, data.version);
    pages.classList.add("stale");
    const first = data.problems[0];
    const words = [];
    if (data.over) words.push(span("over", `Over by ${data.over} line${data.over === 1 ? "" : "s"}`));
    words.push(span("over", "Not set: " + (first ? first.message : "unknown problem")));
    if (pages.children.length) words.push(span("muted", "the pages shown are the last good ones"));
    report.replaceChildren(...words);
    showProblems(data.problems, null);
  });
  events.addEventListener("disk", (event) => onDisk(JSON.parse(event.data)));
  events.addEventListener("error", () => {
    if (events.readyState === EventSource.CLOSED) showBanner("The connection to pamphlet serve was lost; reload the page.", "error");
  });

  // Saving: never over a change made elsewhere.
  async function save() {
    const textSent = text.value;
    saveButton.disabled = true;
    const reply = await post("/api/save", { name: state.name, text: textSent, base });
    saveButton.disabled = false;
    if (reply.saved) {
      savedText = textSent;
      base = diskSeen = reply.base;
      showSaveState();
      if (banner.dataset.kind === "conflict") hideBanner();
      return true;
    }
    if (reply.error) { showBanner(reply.error, "error"); return false; }
    conflict(reply.kept, reply.disk_text, reply.disk_base,
      "was changed elsewhere (another tab or editor) since you loaded it. Nothing was overwritten.");
    return false;
  }

  function conflict(kept, diskText, diskBase, why) {
    diskSeen = diskBase;
    const words = [span("", `sources/${state.name} ${why} `)];
    if (kept) words.push(span("", `Your text is kept in ${kept} and stays here.`));
    const mine = button("Replace the file with my text", async () => { base = diskBase; await save(); });
    const theirs = button("Load the file's text", async () => {
      if (!kept && dirty()) {  // keep mine first: a save against the old version keeps it aside
        const reply = await post("/api/save", { name: state.name, text: text.value, base });
        if (reply.kept) showBanner(`Your text is kept in ${reply.kept}.`, "info");
      }
      load(diskText, diskBase);
      if (!kept) return;
      hideBanner();
    });
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = "Show the file's text";
    const pre = document.createElement("pre");
    pre.textContent = diskText == null ? "(the file was deleted)" : diskText;
    details.append(summary, pre);
    showBanner("", "conflict", [...words, mine, theirs, details]);
  }

  function load(newText, newBase) {
    text.value = newText == null ? "" : newText;
    savedText = text.value;
    base = diskSeen = newBase;
    showSaveState();
    queueGutter();
    sendEdit();
  }

  // A version of the file this page already knows of (a save's answer told it, or the
  // watcher reports one change twice) changes nothing: the banner about it stays.
  function onDisk(data) {
    if (data.base === diskSeen) return;
    if (!dirty()) {
      if (data.text == null) {
        showBanner(`sources/${state.name} was deleted on disk; Save writes it again.`, "info");
        base = diskSeen = data.base;
        savedText = null;
        showSaveState();
        return;
      }
      load(data.text, data.base);
      showBanner(`sources/${state.name} changed on disk; this is its new text.`, "info");
      setTimeout(() => { if (banner.dataset.kind === "info") hideBanner(); }, 5000);
      return;
    }
    conflict("", data.text, data.base,
      "changed on disk while you have unsaved changes here. Nothing was overwritten.");
  }

  function button(words, action) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = words;
    b.addEventListener("click", action);
    return b;
  }

  function showBanner(words, kind, children) {
    banner.dataset.kind = kind;
    banner.className = "banner" + (kind === "error" ? " error" : "");
    banner.replaceChildren(...(children || [span("", words)]));
    if (kind !== "conflict") banner.append(button("Dismiss", hideBanner));
  }
  function hideBanner() { banner.className = "banner hidden"; banner.dataset.kind = ""; }

  saveButton.addEventListener("click", save);
  document.addEventListener("keydown", (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === "s") { event.preventDefault(); save(); }
  });
  window.addEventListener("beforeunload", (event) => { if (dirty()) event.preventDefault(); });

  // Downloads: the saved file built as `pamphlet build` builds it.
  for (const item of document.querySelectorAll("button.download")) {
    item.addEventListener("click", async () => {
      if (dirty() && !(await save())) return;
      const words = item.textContent;
      item.disabled = true;
      item.textContent = "Building…";
      const reply = await post("/api/build", { name: state.name, layout: layout.value, target: item.dataset.target });
      item.disabled = false;
      item.textContent = words;
      if (reply.error) { showBanner(reply.error, "error"); return; }
      const link = document.createElement("a");
      link.href = reply.url;
      link.download = reply.file;
      document.body.append(link);
      link.click();
      link.remove();
      if (reply.note) showBanner(`${reply.file}: ${reply.note}`, "info");
    });
  }

  layoutGutter();
  showSaveState();
})();
