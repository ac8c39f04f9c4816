// "What matters to you": builds a printable summary from the reader's own answers, in the page. Nothing is
// sent or stored: no request, no storage, no cookie. Without this script the page is a checklist to print.
(function () {
  "use strict";
  var root = document.querySelector("[data-values]");
  var summary = document.querySelector("[data-values-summary]");
  if (!root || !summary) { return; }
  var actions = root.querySelector("[data-values-actions]");
  if (actions) { actions.hidden = false; }

  function chosen(name) {
    var input = root.querySelector("input[name='" + name + "']:checked");
    return input ? input.parentNode.textContent.trim() : null;
  }

  function item(list, text) {
    var li = document.createElement("li");
    li.textContent = text;
    list.appendChild(li);
  }

  root.querySelector("[data-values-summarize]").addEventListener("click", function () {
    var answers = summary.querySelector("[data-values-answers]");
    var questions = summary.querySelector("[data-values-questions]");
    answers.textContent = "";
    questions.textContent = "";
    var list = document.createElement("ul");
    answers.appendChild(list);
    var asked = 0;
    Array.prototype.forEach.call(root.querySelectorAll("[data-statement]"), function (set) {
      var name = set.getAttribute("data-statement");
      var answer = chosen(name);
      var statement = set.querySelector("legend").textContent.trim();
      item(list, statement + " " + (answer ? answer + "." : "(not answered)"));
      var value = root.querySelector("input[name='" + name + "']:checked");
      if (value && value.hasAttribute("data-agrees")) {
        item(questions, set.getAttribute("data-question"));
        asked++;
      }
    });
    var unsure = 0;
    Array.prototype.forEach.call(root.querySelectorAll("[data-sure]"), function (set) {
      var answer = chosen(set.getAttribute("data-sure"));
      item(list, set.querySelector("legend").textContent.trim() + " " + (answer || "(not answered)"));
      if (answer === "No") { unsure++; }
    });
    var leaning = root.querySelector("[data-leaning]");
    var lean = leaning ? leaning.querySelector("input:checked") : null;
    if (leaning) {
      item(list, leaning.querySelector("legend").textContent.trim() + " " + (lean ? lean.parentNode.textContent.trim() : "(not answered)"));
    }
    if (lean && lean.hasAttribute("data-not-ready")) { unsure++; }
    if (unsure > 0) {
      item(questions, "I am not yet sure about my choice. What more do I need to know, and can I take more time or talk to someone?");
    }
    if (asked === 0 && unsure === 0) {
      item(questions, "Which option fits what matters to me, and why?");
    }
    summary.hidden = false;
    document.body.classList.add("has-summary"); // print the summary, not the whole checklist
    summary.querySelector("h2").focus();
  });

  summary.querySelector("[data-values-print]").addEventListener("click", function () { window.print(); });
})();
