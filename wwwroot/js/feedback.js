// Progressive enhancement of the feedback form; without this script it is a normal form that posts and
// comes back with a thank-you. With it: the text box opens once the reader answers, a count shows how
// much room is left, and the form is sent in place, with focus moved to the thank-you (or to the problem).
(function () {
  "use strict";
  var form = document.querySelector("form[data-feedback]");
  if (!form || !window.fetch || !window.FormData) { return; }

  var more = form.querySelector("[data-feedback-more]");
  var answers = form.querySelectorAll("input[name=useful]");
  var text = form.querySelector("textarea");
  var count = form.querySelector("[data-feedback-count]");
  var limit = text ? parseInt(text.getAttribute("data-max"), 10) : 0;
  var words = window.pageWords || function (key) { return key; };

  // Characters as a reader sees them (an emoji or an accented letter is one), as the site counts them.
  var segmenter = window.Intl && Intl.Segmenter ? new Intl.Segmenter() : null;
  function lengthOf(value) {
    if (segmenter) {
      var n = 0;
      var it = segmenter.segment(value)[Symbol.iterator]();
      while (!it.next().done) { n++; }
      return n;
    }
    return Array.from ? Array.from(value).length : value.length;
  }

  // The optional box appears after either answer (an error report has no answer, so it is always open).
  if (answers.length && more && !Array.prototype.some.call(answers, function (a) { return a.checked; })) {
    more.hidden = true;
    Array.prototype.forEach.call(answers, function (a) {
      a.addEventListener("change", function () { more.hidden = false; });
    });
  }

  function updateCount() {
    if (!text || !count) { return; }
    var left = limit - lengthOf(text.value);
    count.textContent = words("characters_left", { left: left, limit: limit });
  }
  if (text) { text.addEventListener("input", updateCount); updateCount(); }

  function say(className, message, role) {
    var p = document.createElement("p");
    p.className = className;
    p.setAttribute("role", role);
    p.setAttribute("tabindex", "-1");
    p.textContent = message;
    return p;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    if (button) { button.disabled = true; }
    var old = form.querySelector(".feedback-problem");
    if (old) { old.remove(); }
    fetch(form.action, { method: "POST", body: new FormData(form), headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        var fallback = { ok: false, message: words("feedback_failed") };
        if ((response.headers.get("Content-Type") || "").indexOf("json") >= 0) {
          return response.json().catch(function () { return fallback; });
        }
        // A plain-text answer (too many messages, say) is already written for the reader.
        return response.text().then(function (t) { return { ok: false, message: t || fallback.message }; }, function () { return fallback; });
      }, function () {
        return { ok: false, message: words("feedback_offline") };
      })
      .then(function (result) {
        if (result.ok) {
          var thanks = say("feedback-thanks", result.message, "status");
          form.replaceWith(thanks);
          thanks.focus();
          return;
        }
        // The reader's words stay in the box; only the message is new.
        var problem = say("feedback-problem", result.message, "alert");
        form.insertBefore(problem, form.firstChild);
        if (button) { button.disabled = false; }
        problem.focus();
      });
  });
})();
