// Review page: focusing a field highlights its evidence in the article; j/k/e/p/r shortcuts.
(function () {
  "use strict";

  function marksFor(prefix) {
    var out = [];
    document.querySelectorAll("#article-text mark[data-ev]").forEach(function (mark) {
      var keys = mark.getAttribute("data-ev").split(" ");
      if (keys.some(function (k) { return k === prefix || k.indexOf(prefix + ".") === 0 || k.indexOf(prefix + ":") === 0; })) {
        out.push(mark);
      }
    });
    return out;
  }

  function highlight(prefix) {
    document.querySelectorAll("#article-text mark.active").forEach(function (m) { m.classList.remove("active"); });
    if (!prefix) { return; }
    var marks = marksFor(prefix);
    marks.forEach(function (m) { m.classList.add("active"); });
    if (marks.length) { marks[0].scrollIntoView({ block: "nearest", behavior: "smooth" }); }
  }

  function drafts() { return Array.prototype.slice.call(document.querySelectorAll("article.draft")); }

  function current() {
    return document.querySelector("article.draft.current") || drafts()[0] || null;
  }

  function select(card) {
    if (!card) { return; }
    drafts().forEach(function (d) { d.classList.remove("current"); });
    card.classList.add("current");
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: "nearest", behavior: "smooth" });
    highlight(card.getAttribute("data-engagement"));
  }

  function move(step) {
    var all = drafts();
    var i = all.indexOf(current());
    select(all[Math.min(Math.max(i + step, 0), all.length - 1)]);
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  document.addEventListener("focusin", function (event) {
    var field = event.target.closest && event.target.closest("[data-evidence]");
    if (field) {
      var card = field.closest("article.draft");
      drafts().forEach(function (d) { d.classList.toggle("current", d === card); });
      highlight(field.getAttribute("data-evidence"));
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && typing(event.target)) { event.target.blur(); return; }
    if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) { return; }
    var card = current();
    if (event.key === "j") { move(1); }
    else if (event.key === "k") { move(-1); }
    else if (event.key === "e" && card) {
      var first = card.querySelector("[data-evidence]");
      if (first) { first.focus(); }
    } else if ((event.key === "p" || event.key === "r") && card) {
      var button = card.querySelector('button[data-key="' + event.key + '"]');
      if (button) { button.click(); }
    } else { return; }
    event.preventDefault();
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    var card = event.detail.target && event.detail.target.id ? document.getElementById(event.detail.target.id) : null;
    if (card && card.matches("article.draft")) { select(card); }
  });
})();
