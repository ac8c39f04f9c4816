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
