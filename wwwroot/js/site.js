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

// The options grid: tick up to three options to see only those, side by side. Without this script every
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
  var reset = document.createElement("button");
  reset.type = "button";
  reset.className = "compare-reset";
  reset.textContent = "Show all options";
  reset.hidden = true;
  grid.parentNode.insertBefore(status, grid);
  grid.parentNode.insertBefore(reset, grid);

  function name(card) { return card.querySelector("h2").textContent.trim(); }

  function update() {
    var picked = cards.filter(function (card) { return card.querySelector("input.compare").checked; });
    var comparing = picked.length >= 2;
    cards.forEach(function (card) {
      card.hidden = comparing && picked.indexOf(card) < 0;
      var box = card.querySelector("input.compare");
      box.disabled = picked.length >= most && !box.checked;
    });
    grid.classList.toggle("comparing", comparing);
    reset.hidden = picked.length === 0;
    status.textContent = comparing
      ? "Showing " + picked.length + " options side by side: " + picked.map(name).join(", ") + "."
      : picked.length === 1 ? "Tick one or two more options to compare." : "Tick two or three options to see only those, side by side.";
  }

  cards.forEach(function (card) {
    var label = document.createElement("label");
    label.className = "compare-pick";
    var box = document.createElement("input");
    box.type = "checkbox";
    box.className = "compare";
    box.setAttribute("aria-label", "Compare " + name(card));
    box.addEventListener("change", update);
    label.appendChild(box);
    label.appendChild(document.createTextNode(" Compare"));
    card.querySelector(".section-heading, h2").insertAdjacentElement("afterend", label);
  });
  reset.addEventListener("click", function () {
    cards.forEach(function (card) { card.querySelector("input.compare").checked = false; });
    update();
  });
  update();
})();
