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
    more.textContent = "See the glossary";
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
        function () { say("Link copied. You can paste it into a message."); },
        function () { say("Could not copy. The page address is: " + url); });
    } else {
      say("The page address is: " + url);
    }
  });
})();

// The options grid (/treatment-options): pick two options to see them side by side. Without this script
// every option is shown, as a table or (on phones) one card each.
(function () {
  "use strict";
  var table = document.querySelector(".page-treatment-options .article-body table");
  if (!table) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var status = document.createElement("p");
  status.className = "compare-status";
  status.setAttribute("role", "status");
  var reset = document.createElement("button");
  reset.type = "button";
  reset.className = "compare-reset";
  reset.textContent = "Show all options";
  reset.hidden = true;
  table.parentNode.insertBefore(status, table);
  table.parentNode.insertBefore(reset, table);

  function update() {
    var picked = rows.filter(function (row) { return row.querySelector("input.compare").checked; });
    var comparing = picked.length === 2;
    rows.forEach(function (row) { row.hidden = comparing && picked.indexOf(row) < 0; });
    rows.forEach(function (row) { var box = row.querySelector("input.compare"); box.disabled = picked.length >= 2 && !box.checked; });
    reset.hidden = picked.length === 0;
    status.textContent = comparing
      ? "Showing 2 options side by side: " + picked.map(function (r) { return r.cells[0].textContent.trim(); }).join(" and ") + "."
      : picked.length === 1 ? "Pick one more option to compare." : "Tick two options to see them side by side.";
  }

  rows.forEach(function (row) {
    var label = document.createElement("label");
    label.className = "compare-pick";
    var box = document.createElement("input");
    box.type = "checkbox";
    box.className = "compare";
    box.setAttribute("aria-label", "Compare " + row.cells[0].textContent.trim());
    box.addEventListener("change", update);
    label.appendChild(box);
    label.appendChild(document.createTextNode(" Compare"));
    row.cells[0].appendChild(label);
  });
  reset.addEventListener("click", function () {
    rows.forEach(function (row) { row.querySelector("input.compare").checked = false; });
    update();
  });
  update();
})();
