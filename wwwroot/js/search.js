// Search for the static copy of the site (written by `export`): reads ?q=, loads /search-index.json and shows
// results as the live search does: sections grouped under their page, at most three a page, named Page › Section,
// linked at their heading, with the best sentences and the question's meaningful words marked. The server's search
// (Lucene, Search/SearchIndex.cs) is the reference; this follows its steps with the same documents and the same
// vocabulary (content/search/vocabulary.yml): words and Porter stems, stop words, the longest known phrase,
// synonyms (0.7) and intents (0.5), near spellings of unknown long words, classic TF-IDF per field, glossary
// entries below sections unless asked alone. Under Node it exports search() for checking, and touches no page.
(function () {
  "use strict";

  var FIELDS = [["h", 3], ["w", 2.5], ["ph", 1.5], ["p", 1.5], ["s", 1.5], ["b", 1]];
  var SYNONYM = 0.7, INTENT = 0.5, FUZZY = 0.8, GLOSSARY = 0.3, SHARE_OF_BEST = 0.35;
  var MAX_QUERY = 200, MAX_CONCEPTS = 12, MAX_FUZZY = 3, MAX_FUZZY_LENGTH = 20, MAX_NEAR = 8;
  var MAX_HITS = 60, MAX_PAGES = 10, MAX_SECTIONS = 3, SNIPPET = 320, LONG_SENTENCE = 240;

  // Porter's stemmer (the algorithm Lucene's PorterStemFilter implements).
  var step2 = { ational: "ate", tional: "tion", enci: "ence", anci: "ance", izer: "ize", bli: "ble", alli: "al", entli: "ent", eli: "e",
    ousli: "ous", ization: "ize", ation: "ate", ator: "ate", alism: "al", iveness: "ive", fulness: "ful", ousness: "ous", aliti: "al",
    iviti: "ive", biliti: "ble", logi: "log" };
  var step3 = { icate: "ic", ative: "", alize: "al", iciti: "ic", ical: "ic", ful: "", ness: "" };
  var c = "[^aeiou]", v = "[aeiouy]", C = c + "[^aeiouy]*", V = v + "[aeiou]*";
  var mgr0 = new RegExp("^(" + C + ")?" + V + C), meq1 = new RegExp("^(" + C + ")?" + V + C + "(" + V + ")?$");
  var mgr1 = new RegExp("^(" + C + ")?" + V + C + V + C), sv = new RegExp("^(" + C + ")?" + v);
  var cvc = new RegExp("^" + C + v + "[^aeiouwxy]$");

  function stem(w) {
    var m, s;
    if (w.length < 3) { return w; }
    var y = w.charAt(0) === "y";
    if (y) { w = "Y" + w.substr(1); }
    if (/^(.+?)(ss|i)es$/.test(w)) { w = w.replace(/^(.+?)(ss|i)es$/, "$1$2"); } else if (/^(.+?)([^s])s$/.test(w)) { w = w.replace(/^(.+?)([^s])s$/, "$1$2"); }
    if ((m = /^(.+?)eed$/.exec(w))) {
      if (mgr0.test(m[1])) { w = w.slice(0, -1); }
    } else if ((m = /^(.+?)(ed|ing)$/.exec(w)) && sv.test(m[1])) {
      w = m[1];
      if (/(at|bl|iz)$/.test(w)) { w += "e"; } else if (/([^aeiouylsz])\1$/.test(w)) { w = w.slice(0, -1); } else if (cvc.test(w)) { w += "e"; }
    }
    if ((m = /^(.+?)y$/.exec(w)) && sv.test(m[1])) { w = m[1] + "i"; }
    if ((m = /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/.exec(w)) && mgr0.test(m[1])) { w = m[1] + step2[m[2]]; }
    if ((m = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/.exec(w)) && mgr0.test(m[1])) { w = m[1] + step3[m[2]]; }
    if ((m = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/.exec(w))) {
      if (mgr1.test(m[1])) { w = m[1]; }
    } else if ((m = /^(.+?)(s|t)(ion)$/.exec(w)) && mgr1.test(m[1] + m[2])) { w = m[1] + m[2]; }
    if ((m = /^(.+?)e$/.exec(w))) { s = m[1]; if (mgr1.test(s) || (meq1.test(s) && !cvc.test(s))) { w = s; } }
    if (/ll$/.test(w) && mgr1.test(w)) { w = w.slice(0, -1); }
    return y ? "y" + w.substr(1) : w;
  }

  // Lucene's SpanishLightStemmer (Savoy, CLEF 2001), on a word whose accents are already folded.
  function stemSpanish(w) {
    if (w.length < 5) { return w; }
    var n = w.length, last = w.charAt(n - 1), a = w.charAt(n - 2), b = w.charAt(n - 3);
    if (last === "a" || last === "e" || last === "o") { return w.slice(0, -1); }
    if (last === "s") {
      if (a === "e" && b === "s" && w.charAt(n - 4) === "e") { return w.slice(0, -2); }
      if (a === "e" && b === "c") { return w.slice(0, -3) + "z"; }
      if (a === "o" || a === "a" || a === "e") { return w.slice(0, -2); }
    }
    return w;
  }

  // The index says its language (Search/BrowserSearchIndex.cs): Spanish words are folded ("depresión" as
  // "depresion", as Lucene's ASCIIFoldingFilter does) and stemmed the Spanish way; English ones lose "'s".
  var spanish = false;

  // Words as Lucene's standard tokenizer, possessive filter and lower case give them, with their Porter stems
  // (or, for Spanish, folded and with their light Spanish stems: SpanishSearchAnalyzer).
  function tokens(text) {
    var out = [], re = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu, m;
    while ((m = re.exec(text)) !== null) {
      var raw = m[0].toLowerCase().replace(/\u2019/g, "'");
      var t = spanish ? stemSpanish(raw.normalize("NFD").replace(/\p{M}/gu, "")) : stem(/'s$/.test(raw) ? raw.slice(0, -2) : raw);
      out.push({ raw: raw, t: t, s: m.index, e: m.index + m[0].length });
    }
    return out;
  }
  function key(words) { return words.map(function (w) { return w.t; }).join(" "); }

  function prepare(index) {
    spanish = index.language === "es";
    var stop = {}, expansions = {}, longest = 1;
    (index.stopWords || []).forEach(function (w) { stop[w] = true; });
    function expand(from, to, weight) {
      var k = key(tokens(from));
      if (!k) { return; }
      longest = Math.max(longest, k.split(" ").length);
      var alternatives = expansions[k] || (expansions[k] = {});
      to.forEach(function (phrase) {
        var pk = key(tokens(phrase));
        if (pk && (!alternatives[pk] || alternatives[pk].weight < weight)) { alternatives[pk] = { phrase: phrase, weight: weight }; }
      });
    }
    (index.synonyms || []).forEach(function (group) {
      group.forEach(function (from) { expand(from, group.filter(function (to) { return to !== from; }), SYNONYM); });
    });
    (index.intents || []).forEach(function (intent) { intent.when.forEach(function (from) { expand(from, intent.find, INTENT); }); });
    var df = {};
    var docs = index.docs.map(function (d) {
      var fields = {};
      FIELDS.forEach(function (f) {
        var words = tokens(d[f[0]] || "").map(function (w) { return w.t; });
        var seen = {};
        words.forEach(function (t) { if (!seen[t]) { seen[t] = true; df[f[0] + ":" + t] = (df[f[0] + ":" + t] || 0) + 1; } });
        fields[f[0]] = words;
      });
      return { d: d, fields: fields };
    });
    var vocabulary = {};
    Object.keys(df).forEach(function (k) { vocabulary[k.slice(k.indexOf(":") + 1)] = true; });
    return { stop: stop, expansions: expansions, longest: longest, docs: docs, df: df, vocabulary: Object.keys(vocabulary).sort() };
  }

  // What the question asks about: the longest phrase the vocabulary knows counts once, as written, with its
  // synonyms and intents; other words count alone unless they are stop words.
  function concepts(prepared, text) {
    var words = tokens(text), out = [];
    for (var i = 0; i < words.length && out.length < MAX_CONCEPTS;) {
      var length = Math.min(prepared.longest, words.length - i);
      while (length > 0 && !prepared.expansions[key(words.slice(i, i + length))]) { length--; }
      var phrase = words.slice(i, i + Math.max(length, 1));
      var typed = phrase.map(function (w) { return w.raw; }).join(" ");
      var alternatives = [];
      if (phrase.some(function (w) { return !prepared.stop[w.raw]; })) { alternatives.push({ phrase: typed, weight: 1, typed: true }); }
      if (length > 0) {
        var k = key(phrase), known = prepared.expansions[k];
        Object.keys(known).forEach(function (pk) { if (pk !== k) { alternatives.push({ phrase: known[pk].phrase, weight: known[pk].weight, typed: false }); } });
      }
      if (alternatives.length) { out.push({ typed: typed, alternatives: alternatives }); }
      i += phrase.length;
    }
    return out;
  }

  function distance(a, b) {
    var prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) { prev[j] = j; }
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      for (j = 1; j <= b.length; j++) { cur[j] = Math.min(cur[j - 1] + 1, prev[j] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)); }
      prev = cur;
    }
    return prev[b.length];
  }

  // Each thing asked about as patterns of stems at relative places, with what a match counts.
  function patterns(prepared, asked) {
    var out = [], fuzzy = 0;
    asked.forEach(function (concept, n) {
      concept.alternatives.forEach(function (alternative) {
        var terms = tokens(alternative.phrase).map(function (w, i) { return { t: w.t, at: i }; });
        if (!terms.length) { return; }
        var unknown = terms.length === 1 && !FIELDS.some(function (f) { return prepared.df[f[0] + ":" + terms[0].t]; });
        if (unknown && alternative.typed && alternative.phrase.length >= 5 && alternative.phrase.length <= MAX_FUZZY_LENGTH && fuzzy < MAX_FUZZY) {
          fuzzy++;
          var t = terms[0].t, edits = alternative.phrase.length >= 8 ? 2 : 1;
          prepared.vocabulary.filter(function (w) { return w[0] === t[0] && Math.abs(w.length - t.length) <= edits && distance(w, t) <= edits; })
            .slice(0, MAX_NEAR).forEach(function (near) { out.push({ concept: n, weight: FUZZY, terms: [{ t: near, at: 0 }] }); });
          return;
        }
        out.push({ concept: n, weight: alternative.weight, terms: terms });
      });
    });
    return out;
  }

  function occurrences(words, terms) {
    var count = 0;
    for (var i = 0; i < words.length; i++) {
      if (words[i] !== terms[0].t) { continue; }
      var ok = terms.every(function (term) { return words[i + term.at] === term.t || words[i + term.at + 1] === term.t; });
      if (ok) { count++; }
    }
    return count;
  }

  function score(prepared, doc, found, total) {
    var best = {};
    found.forEach(function (p) {
      FIELDS.forEach(function (f) {
        var words = doc.fields[f[0]];
        var freq = words.length ? occurrences(words, p.terms) : 0;
        if (!freq) { return; }
        var idf = p.terms.reduce(function (sum, term) { return sum + 1 + Math.log(prepared.docs.length / ((prepared.df[f[0] + ":" + term.t] || 0) + 1)); }, 0);
        var s = Math.sqrt(freq) * idf * idf * f[1] * p.weight / Math.sqrt(words.length);
        var b = best[p.concept] || (best[p.concept] = { max: 0, sum: 0 });
        b.max = Math.max(b.max, s);
        b.sum += s;
      });
    });
    var matched = Object.keys(best);
    var sum = matched.reduce(function (all, k) { return all + best[k].max + 0.1 * (best[k].sum - best[k].max); }, 0);
    return sum * matched.length / total;
  }

  function words(text) { return tokens(text).map(function (w) { return w.raw; }).join(" "); }

  function search(index, query, prepared) {
    spanish = index.language === "es";
    prepared = prepared || prepare(index);
    var asked = concepts(prepared, query.slice(0, MAX_QUERY));
    if (!asked.length) { return []; }
    var found = patterns(prepared, asked);
    var total = asked.filter(function (concept, n) { return found.some(function (p) { return p.concept === n; }); }).length || 1;
    var alone = asked.length === 1 ? words(asked[0].typed) : null;
    var hits = prepared.docs.map(function (doc) {
      var s = score(prepared, doc, found, total);
      var d = doc.d;
      var term = alone !== null && (words(d.h) === alone || (d.w || "").split(",").some(function (a) { return words(a) === alone; }));
      return { d: d, score: d.k === "glossary" && !term ? s * GLOSSARY : s };
    }).filter(function (h) { return h.score > 0; }).sort(function (a, b) { return b.score - a.score; }).slice(0, MAX_HITS);
    var groups = [], byPage = {};
    hits.forEach(function (h) {
      var group = byPage[h.d.pu];
      if (!group) {
        if (groups.length >= MAX_PAGES) { return; }
        group = byPage[h.d.pu] = { kind: h.d.k, url: h.d.pu, title: h.d.p, best: h.score, sections: [] };
        groups.push(group);
      }
      if (group.sections.length < MAX_SECTIONS && h.score >= group.best * SHARE_OF_BEST && !group.closed) {
        group.sections.push({ d: h.d, snippet: snippet(h.d.b || h.d.s || "", found, prepared.stop) });
      } else {
        group.closed = true;
      }
    });
    return groups;
  }

  // The best one or two sentences, as [text, marked] pieces (see Search/SearchSnippet.cs).
  function sentences(text) {
    var out = [], start = 0;
    for (var i = 0; i <= text.length; i++) {
      var ch = text[i];
      var end = i === text.length || ch === "\n" ||
        ((ch === "." || ch === "!" || ch === "?") && i + 2 < text.length && text[i + 1] === " " && /[\p{Lu}\p{N}"\u201c(]/u.test(text[i + 2]));
      if (!end) { continue; }
      var stop = i < text.length && ch !== "\n" ? i + 1 : i;
      var sentence = text.slice(start, stop).trim();
      if (sentence) { out.push({ start: start, text: sentence }); }
      start = stop;
    }
    return out;
  }

  // A sentence that opens a list ("... if:") takes its items, as far as a long sentence, never shown alone
  // (see Units in Search/SearchSnippet.cs).
  function units(text) {
    var list = sentences(text), out = [];
    for (var i = 0; i < list.length; i++) {
      var unit = list[i].text, start = list[i].start;
      if (unit.charAt(unit.length - 1) === ":") {
        while (i + 1 < list.length && (unit.charAt(unit.length - 1) === ":" || unit.length + list[i + 1].text.length + 2 <= LONG_SENTENCE)) {
          unit += (unit.charAt(unit.length - 1) === ":" ? " " : "; ") + list[++i].text.replace(/[.;]+$/, "");
        }
        if (i + 1 < list.length && unit.charAt(unit.length - 1) !== ":") { unit += " \u2026"; }
      }
      out.push({ start: start, text: unit });
    }
    return out;
  }

  function snippet(text, found, stop) {
    var list = units(text).map(function (sentence, index) {
      var ws = tokens(sentence.text), marks = [], strongest = {};
      found.forEach(function (p) {
        for (var i = 0; i < ws.length; i++) {
          if (ws[i].t !== p.terms[0].t) { continue; }
          var matched = [ws[i]], ok = true;
          for (var j = 1; j < p.terms.length && ok; j++) {
            var at = ws[i + p.terms[j].at];
            ok = at !== undefined && at.t === p.terms[j].t;
            if (ok) { matched.push(at); }
          }
          if (!ok) { continue; }
          matched.forEach(function (w) { if (!stop[w.raw]) { marks.push([w.s, w.e]); } });
          strongest[p.concept] = Math.max(strongest[p.concept] || 0, p.weight);
        }
      });
      var score = Object.keys(strongest).reduce(function (sum, k) { return sum + strongest[k]; }, 0);
      return { index: index, text: sentence.text, score: score, concepts: Object.keys(strongest), marks: marks };
    });
    if (!list.length) { return null; }
    var best = list.slice().sort(function (a, b) { return b.score - a.score || a.index - b.index; })[0];
    var chosen = [best.score ? best : list[0]];
    if (best.score) {
      var second = list.filter(function (s) { return s !== best && s.score > 0; }).sort(function (a, b) {
        var na = a.concepts.filter(function (k) { return best.concepts.indexOf(k) < 0; }).length;
        var nb = b.concepts.filter(function (k) { return best.concepts.indexOf(k) < 0; }).length;
        return nb - na || b.score - a.score || a.index - b.index;
      })[0];
      if (second && Math.min(best.text.length, LONG_SENTENCE) + Math.min(second.text.length, LONG_SENTENCE) <= SNIPPET) { chosen.push(second); }
    }
    return chosen.sort(function (a, b) { return a.index - b.index; }).map(render);
  }

  function render(sentence) {
    var text = sentence.text, from = 0, to = text.length, pieces = [];
    if (to > LONG_SENTENCE) {
      var first = sentence.marks.length ? Math.min.apply(null, sentence.marks.map(function (m) { return m[0]; })) : 0;
      from = first > 80 ? text.lastIndexOf(" ", first - 60) + 1 : 0;
      to = Math.min(text.length, from + LONG_SENTENCE);
      var space = text.lastIndexOf(" ", to);
      if (to < text.length && space > from) { to = space; }
    }
    if (from > 0) { pieces.push(["\u2026", false]); }
    var at = from;
    sentence.marks.filter(function (m) { return m[0] >= from && m[1] <= to; }).sort(function (a, b) { return a[0] - b[0]; }).forEach(function (m) {
      if (m[0] < at) { return; }
      pieces.push([text.slice(at, m[0]), false], [text.slice(m[0], m[1]), true]);
      at = m[1];
    });
    pieces.push([text.slice(at, to), false]);
    if (to < text.length) { pieces.push(["\u2026", false]); }
    return pieces;
  }

  if (typeof module === "object" && module.exports) {
    module.exports = { search: search, prepare: prepare, stem: stem, stemSpanish: stemSpanish };
    return;
  }

  var host = document.getElementById("static-search");
  if (!host) { return; }
  var query = (new URLSearchParams(window.location.search).get("q") || "").trim().slice(0, MAX_QUERY);
  var input = document.getElementById("search-page-q");
  if (input) { input.value = query; }
  if (!query) { return; }

  function fill(template, values) { return template.replace(/\{(\w+)\}/g, function (all, name) { return values[name] !== undefined ? values[name] : all; }); }
  function say(text) {
    var p = document.createElement("p");
    p.setAttribute("role", "status");
    p.textContent = text;
    host.appendChild(p);
  }
  function element(name, className, parent) {
    var e = document.createElement(name);
    if (className) { e.className = className; }
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function step(parent, text) {
    parent.appendChild(document.createTextNode(text));
    element("span", null, parent).setAttribute("aria-hidden", "true");
    parent.lastChild.textContent = " \u203a ";
    element("span", "visually-hidden", parent).textContent = ": ";
  }

  // A search in one language offers the other's (a Spanish search links searching the English pages).
  function otherLanguage() {
    var words = host.getAttribute("data-other");
    if (!words) { return; }
    var p = element("p", "other-language", host);
    var at = words.indexOf("{link}");
    p.appendChild(document.createTextNode(words.slice(0, at)));
    var a = element("a", null, p);
    a.href = host.getAttribute("data-other-search") + "?q=" + encodeURIComponent(query);
    a.textContent = host.getAttribute("data-other-link");
    p.appendChild(document.createTextNode(words.slice(at + 6)));
  }

  fetch(host.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (index) {
    var groups = search(index, query);
    var count = groups.reduce(function (n, g) { return n + g.sections.length; }, 0);
    if (!count) {
      say(fill(host.getAttribute("data-nothing"), { query: query }) + " " + host.getAttribute("data-nothing-hint"));
      otherLanguage();
      return;
    }
    say(count === 1 ? fill(host.getAttribute("data-count-one"), { query: query }) : fill(host.getAttribute("data-count-many"), { count: count, query: query }));
    var list = element("ol", "search-results", host);
    groups.forEach(function (group) {
      var page = element("li", "result-page", list);
      var link = element("a", null, element("h2", null, page));
      link.href = group.url;
      link.textContent = group.title;
      var sections = element("ol", "result-sections", page);
      group.sections.forEach(function (section) {
        var d = section.d, item = element("li", "result", sections);
        var a = element("a", "result-link", element("h3", "result-title", item));
        a.href = d.u;
        var trail = element("span", "result-trail", a);
        step(trail, group.title);
        if (d.ph) { step(trail, d.ph); }
        a.appendChild(document.createTextNode(d.h || host.getAttribute("data-opening")));
        if (section.snippet) {
          var p = element("p", "result-snippet", item);
          section.snippet.forEach(function (sentence, i) {
            if (i > 0) { p.appendChild(document.createTextNode(" \u2026 ")); }
            sentence.forEach(function (piece) {
              if (piece[1]) { element("mark", null, p).textContent = piece[0]; } else { p.appendChild(document.createTextNode(piece[0])); }
            });
          });
        }
      });
    });
    otherLanguage();
  }).catch(function () {
    say(host.getAttribute("data-failed"));
  });
})();
