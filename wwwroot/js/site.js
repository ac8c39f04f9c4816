// The words these scripts write, in the page's language (the layout's #page-words block, from strings/*.yml).
var pageWords = (function () {
  "use strict";
  var block = document.getElementById("page-words");
  var words = {};
  try { words = block ? JSON.parse(block.textContent) : {}; } catch (e) { words = {}; }
  return function (key, fills) {
    var text = words[key] || key;
    Object.keys(fills || {}).forEach(function (name) { text = text.split("{" + name + "}").join(String(fills[name])); });
    return text;
  };
})();

// Progressive enhancement only: every page works fully without this script.
(function () {
  "use strict";

  // Glossary terms: a tap shows the meaning in place; the link to /glossary stays for no-script readers.
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest("a.term[data-definition]") : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    event.preventDefault();
    var id = link.getAttribute("aria-controls");
    var existing = id ? document.getElementById(id) : null;
    if (existing) {
      existing.remove();
      link.removeAttribute("aria-controls");
      link.setAttribute("aria-expanded", "false");
      return;
    }
    var box = document.createElement("span");
    box.className = "term-definition";
    box.id = "def-" + Math.random().toString(36).slice(2);
    box.setAttribute("role", "note");
    box.textContent = link.textContent + ": " + link.getAttribute("data-definition") + " ";
    var more = document.createElement("a");
    more.href = link.href;
    more.textContent = pageWords("see_glossary");
    box.appendChild(more);
    link.insertAdjacentElement("afterend", box);
    link.setAttribute("aria-controls", box.id);
    link.setAttribute("aria-expanded", "true");
  });
})();

// Share: the system share sheet where there is one, else copy the link and say so. Without script the
// "Share this page" link is simply a link to the page.
(function () {
  "use strict";
  var tools = document.querySelector(".share-tools");
  if (!tools) {
    return;
  }
  var status = tools.querySelector(".share-status");
  var link = tools.querySelector(".share-link");
  var print = tools.querySelector(".print-button");
  function say(text) {
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }
  if (print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }
  if (!link) {
    return;
  }
  link.addEventListener("click", function (event) {
    event.preventDefault();
    var url = link.href;
    if (navigator.share) {
      navigator.share({ title: link.getAttribute("data-share-title") || document.title, url: url }).catch(function () { });
    } else if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(url).then(
        function () { say(pageWords("link_copied")); },
        function () { say(pageWords("copy_failed", { url: url })); });
    } else {
      say(pageWords("page_address", { url: url }));
    }
  });
})();

// The options grid: tick two or three options, then show only those, side by side. Without this script every
// option is shown as a card, several across on a wide screen and one after another on a phone.
(function () {
  "use strict";
  var grid = document.querySelector(".options-grid");
  if (!grid) { return; }
  var cards = Array.prototype.slice.call(grid.querySelectorAll(".option-card"));
  var most = 3;
  var status = document.createElement("p");
  status.className = "compare-status";
  status.setAttribute("role", "status");
  var compare = document.createElement("button");
  compare.type = "button";
  compare.className = "compare-go";
  compare.textContent = pageWords("compare_show");
  var reset = document.createElement("button");
  reset.type = "button";
  reset.className = "compare-reset";
  reset.textContent = pageWords("compare_reset");
  [status, compare, reset].forEach(function (el) { grid.parentNode.insertBefore(el, grid); });

  function name(card) { return card.querySelector("h2").textContent.trim(); }
  function picked() { return cards.filter(function (card) { return card.querySelector("input.compare").checked; }); }

  function update(showing) {
    var chosen = picked();
    cards.forEach(function (card) {
      card.hidden = showing && chosen.indexOf(card) < 0;
      var box = card.querySelector("input.compare");
      box.disabled = chosen.length >= most && !box.checked;
    });
    compare.hidden = showing || chosen.length < 2;
    reset.hidden = !showing && chosen.length === 0;
    status.textContent = showing
      ? pageWords("compare_showing", { count: chosen.length, names: chosen.map(name).join(", ") })
      : chosen.length === 0 ? pageWords("compare_none")
      : chosen.length === 1 ? pageWords("compare_one")
      : pageWords("compare_many", { count: chosen.length });
  }

  cards.forEach(function (card) {
    var label = document.createElement("label");
    label.className = "compare-pick";
    var box = document.createElement("input");
    box.type = "checkbox";
    box.className = "compare";
    box.setAttribute("aria-label", pageWords("compare_label", { name: name(card) }));
    box.addEventListener("change", function () { update(false); });
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + pageWords("compare")));
    card.querySelector(".section-heading, h2").insertAdjacentElement("afterend", label);
  });
  compare.addEventListener("click", function () { update(true); grid.scrollIntoView(); });
  reset.addEventListener("click", function () {
    cards.forEach(function (card) { card.querySelector("input.compare").checked = false; });
    update(false);
  });
  update(false);
})();
