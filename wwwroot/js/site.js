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
