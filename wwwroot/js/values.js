// "What matters to you": builds a printable summary from the reader's own answers, in the page. Nothing is
// sent or stored: no request, no storage, no cookie. Without this script the page is a checklist to print.
(function () {
  "use strict";
  var root = document.querySelector("[data-values]");
  var summary = document.querySelector("[data-values-summary]");
  if (!root || !summary) { return; }
  var actions = root.querySelector("[data-values-actions]");
  if (actions) { actions.hidden = false; }
  var say = window.pageWords || function (key) { return key; };

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
      item(list, statement + " " + (answer ? answer + "." : say("not_answered")));
      var value = root.querySelector("input[name='" + name + "']:checked");
      if (value && value.hasAttribute("data-agrees")) {
        item(questions, set.getAttribute("data-question"));
        asked++;
      }
    });
    var unsure = 0;
    Array.prototype.forEach.call(root.querySelectorAll("[data-sure]"), function (set) {
      var answer = chosen(set.getAttribute("data-sure"));
      item(list, set.querySelector("legend").textContent.trim() + " " + (answer || say("not_answered")));
      var picked = set.querySelector("input:checked");
      if (picked && picked.value === "no") { unsure++; }
    });
    var leaning = root.querySelector("[data-leaning]");
    var lean = leaning ? leaning.querySelector("input:checked") : null;
    if (leaning) {
      item(list, leaning.querySelector("legend").textContent.trim() + " " + (lean ? lean.parentNode.textContent.trim() : say("not_answered")));
    }
    if (lean && lean.hasAttribute("data-not-ready")) { unsure++; }
    if (unsure > 0) {
      item(questions, say("unsure_question"));
    }
    if (asked === 0 && unsure === 0) {
      item(questions, say("which_option"));
    }
    summary.hidden = false;
    document.body.classList.add("has-summary"); // print the summary, not the whole checklist
    summary.querySelector("h2").focus();
  });

  summary.querySelector("[data-values-print]").addEventListener("click", function () { window.print(); });
})();
