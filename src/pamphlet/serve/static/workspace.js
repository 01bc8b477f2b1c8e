// The workspace page: thumbnails, statuses and the collection's page count kept current.
"use strict";
(() => {
  let timer = null;
  async function refresh() {
    const response = await fetch("/", { credentials: "same-origin" });
    if (!response.ok) return;
    const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
    const now = document.querySelector(".statements");
    const next = fresh.querySelector(".statements");
    if (now && next) now.replaceWith(next);
  }
  const soon = () => { clearTimeout(timer); timer = setTimeout(refresh, 400); };
  const events = new EventSource("/api/workspace-events");
  events.addEventListener("list", soon);
  events.addEventListener("thumb", (event) => {
    const data = JSON.parse(event.data);
    if (data.error) soon();
  });
  events.addEventListener("collection", (event) => {
    const data = JSON.parse(event.data);
    document.getElementById("book-text").textContent = data.text;
    document.getElementById("book-download").classList.toggle("hidden", !data.ready);
  });
})();
