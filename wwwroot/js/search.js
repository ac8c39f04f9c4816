// Search for the static copy of the site (written by `export`): reads ?q=, loads /search-index.json and
// shows results, ranked and highlighted like the live search as far as a small script can. The server's
// search (Lucene) is the reference; this mirrors its synonyms, stemming and typo tolerance simply.
(function () {
  "use strict";
  var host = document.getElementById("static-search");
  if (!host) { return; }
  var query = (new URLSearchParams(window.location.search).get("q") || "").trim().slice(0, 200);
  var input = document.getElementById("search-page-q");
  if (input) { input.value = query; }
  if (!query) { return; }

  var WEIGHTS = { t: 4, h: 2.5, s: 1.5, b: 1 };
  var STOP = ["a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
    "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
    "can", "i", "how", "does", "do", "what", "me", "my", "near"];

  function words(text) { return text.toLowerCase().split(/[^a-z0-9]+/).filter(function (w) { return w && STOP.indexOf(w) < 0; }); }
  function stem(w) {
    if (w.length > 4 && /ies$/.test(w)) { return w.slice(0, -3) + "y"; }
    if (w.length > 5 && /(ing|ed)$/.test(w)) { return w.replace(/(ing|ed)$/, ""); }
    if (w.length > 3 && /es$/.test(w) && !/ses$/.test(w)) { return w.slice(0, -2); }
    if (w.length > 3 && /s$/.test(w) && !/ss$/.test(w)) { return w.slice(0, -1); }
    if (w.length > 4 && /e$/.test(w)) { return w.slice(0, -1); }
    return w;
  }
  function distance(a, b) {
    var prev = [], cur = [], i, j;
    for (j = 0; j <= b.length; j++) { prev[j] = j; }
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      for (j = 1; j <= b.length; j++) {
        cur[j] = Math.min(cur[j - 1] + 1, prev[j] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      prev = cur;
    }
    return prev[b.length];
  }
  function say(text) {
    var p = document.createElement("p");
    p.setAttribute("role", "status");
    p.textContent = text;
    host.appendChild(p);
    return p;
  }

  fetch(host.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (index) {
    var docs = index.docs.map(function (d) {
      var fields = {};
      Object.keys(WEIGHTS).forEach(function (f) { fields[f] = words(d[f] || "").map(stem); });
      return { d: d, fields: fields };
    });
    var vocabulary = {};
    docs.forEach(function (doc) { Object.keys(doc.fields).forEach(function (f) { doc.fields[f].forEach(function (w) { vocabulary[w] = true; }); }); });

    // Each query word, with its synonyms (phrases matched on the whole query) and, if unknown, near spellings.
    var lower = " " + words(query).join(" ") + " ";
    var groups = words(query).map(function (w) { return { words: [stem(w)], weight: [1] }; });
    index.synonyms.forEach(function (group) {
      if (group.some(function (p) { return lower.indexOf(" " + words(p).join(" ") + " ") >= 0; })) {
        groups.push({ words: group.map(function (p) { return words(p).map(stem).join(" "); }), weight: group.map(function () { return 0.6; }) });
      }
    });
    groups.forEach(function (g) {
      g.words.slice().forEach(function (w) {
        if (w.indexOf(" ") < 0 && !vocabulary[w] && w.length >= 5) {
          Object.keys(vocabulary).forEach(function (v) {
            if (Math.abs(v.length - w.length) <= 2 && v[0] === w[0] && distance(v, w) <= (w.length >= 8 ? 2 : 1)) { g.words.push(v); g.weight.push(0.8); }
          });
        }
      });
    });

    var results = docs.map(function (doc) {
      var score = 0;
      groups.forEach(function (g) {
        var best = 0;
        g.words.forEach(function (w, i) {
          Object.keys(WEIGHTS).forEach(function (f) {
            var text = " " + doc.fields[f].join(" ") + " ";
            var hits = text.split(" " + w + " ").length - 1;
            if (hits) { best = Math.max(best, WEIGHTS[f] * g.weight[i] * (1 + Math.log(hits))); }
          });
        });
        score += best;
      });
      return { doc: doc, score: score };
    }).filter(function (r) { return r.score > 0; }).sort(function (a, b) { return b.score - a.score; }).slice(0, 20);

    if (!results.length) {
      say("Nothing matched \u201c" + query + "\u201d. Try a shorter or more common word, or look in the glossary.");
      return;
    }
    say(results.length + (results.length === 1 ? " result" : " results") + " for \u201c" + query + "\u201d.");
    var terms = [];
    groups.forEach(function (g) { g.words.forEach(function (w) { if (w.indexOf(" ") < 0 && w.length > 2) { terms.push(w); } }); });
    var list = document.createElement("ol");
    list.className = "search-results";
    results.forEach(function (r) {
      var d = r.doc.d;
      var item = document.createElement("li");
      var h2 = document.createElement("h2");
      var a = document.createElement("a");
      a.href = d.u;
      a.textContent = d.k === "glossary" ? "Glossary: " + d.t : d.t;
      h2.appendChild(a);
      var summary = document.createElement("p");
      summary.className = "result-summary";
      summary.textContent = d.s;
      item.appendChild(h2);
      item.appendChild(summary);
      var snippet = document.createElement("p");
      snippet.className = "result-snippet";
      var body = d.b || "";
      var at = -1;
      terms.forEach(function (t) { var i = body.toLowerCase().indexOf(t); if (i >= 0 && (at < 0 || i < at)) { at = i; } });
      if (at >= 0) {
        var text = (at > 80 ? "\u2026" : "") + body.slice(Math.max(0, at - 80), at + 120) + "\u2026";
        var pattern = new RegExp("\\b(" + terms.map(function (t) { return t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }).join("|") + ")[a-z]*", "gi");
        var last = 0, m;
        while ((m = pattern.exec(text)) !== null) {
          snippet.appendChild(document.createTextNode(text.slice(last, m.index)));
          var mark = document.createElement("mark");
          mark.textContent = m[0];
          snippet.appendChild(mark);
          last = m.index + m[0].length;
        }
        snippet.appendChild(document.createTextNode(text.slice(last)));
        item.appendChild(snippet);
      }
      list.appendChild(item);
    });
    host.appendChild(list);
  }).catch(function () {
    say("Search could not load in this copy of the site. You can browse all the articles from the home page.");
  });
})();
