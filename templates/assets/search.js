// cptsite search: enhances every form[data-search] with results as the reader types.
// The index (one shared, cacheable file) is fetched on first use; the page works without it.
(function () {
  "use strict";
  var forms = document.querySelectorAll("form[data-search]");
  if (!forms.length) return;
  var PAGE = 50;
  var index = null, groups = [], loading = null;

  // Text as search compares it: " lower case words without accents ", so " " + prefix finds a word start.
  function fold(s) {
    return " " + s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, " ").trim() + " ";
  }

  function load(url) {
    if (!loading) {
      loading = fetch(url).then(function (r) { return r.json(); }).then(function (data) {
        // [code, url, label, folded title, folded title and synonyms ("" both without content), folded text
        //  of all, anesthesia code?]. Rows with content are [code, url, title, synonyms, descriptor].
        index = data.codes.map(function (c) {
          var ed = c.length > 3;
          return [c[0], c[1], c[2], ed ? fold(c[2]) : "", ed ? fold(c[2] + " " + c[3]) : "",
            fold(c[0] + " " + c.slice(2).join(" ")), /^0[01]\d{3}$/.test(c[0])];
        });
        groups = (data.synonyms || []).map(function (g) { return g.map(fold); });
        return index;
      });
    }
    return loading;
  }

  // The query's terms, each a list of alternatives: a phrase of a synonym group stands for its whole group.
  function terms(query) {
    var q = fold(query), out = [];
    groups.forEach(function (g) {
      for (var i = 0; i < g.length; i++) {
        if (q.indexOf(g[i]) >= 0) { q = q.replace(g[i], " "); out.push(g.map(function (p) { return p.slice(0, -1); })); return; }
      }
    });
    q.split(" ").forEach(function (w) { if (w) out.push([" " + w]); });
    return out;
  }

  // Every term must start a word of the text, through one of its alternatives.
  function matchesAll(text, ts) {
    for (var i = 0; i < ts.length; i++) {
      var alts = ts[i], hit = false;
      for (var k = 0; k < alts.length && !hit; k++) hit = text.indexOf(alts[k]) >= 0;
      if (!hit) return false;
    }
    return true;
  }

  // Ranked: the exact code, codes starting with the query, matches in our titles, in our synonyms, then
  // in descriptors; anesthesia codes after the procedures they are for, unless the query asks for anesthesia.
  function search(query) {
    var ts = terms(query);
    if (!ts.length) return [];
    var q = query.trim().toUpperCase(), one = ts.length === 1 && q.indexOf(" ") < 0;
    var wantsAnesthesia = / anes/.test(fold(query));
    var tiers = [[], [], [], [], [], [], [], [], [], []];
    for (var i = 0; i < index.length; i++) {
      var e = index[i], tier;
      if (e[0] === q) tier = 0;
      else if (one && e[0].indexOf(q) === 0) tier = 1;
      else if (e[3] && matchesAll(e[3], ts)) tier = 2;
      else if (e[4] && matchesAll(e[4], ts)) tier = 3;
      else if (matchesAll(e[5], ts)) tier = 4;
      else continue;
      tiers[tier * 2 + (e[6] && tier > 1 && !wantsAnesthesia ? 1 : 0)].push(e);
    }
    return [].concat.apply([], tiers);
  }

  function exact(query) {
    var q = query.trim().toUpperCase();
    for (var i = 0; i < index.length; i++) if (index[i][0] === q) return index[i];
    return null;
  }

  function plural(n, word) { return n.toLocaleString("en-US") + " " + word + (n === 1 ? "" : "s"); }

  function render(list, results, query, shown) {
    list.textContent = "";
    results.slice(0, shown).forEach(function (e) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = e[1];
      var b = document.createElement("strong");
      b.textContent = e[0];
      a.appendChild(b);
      a.appendChild(document.createTextNode(" " + e[2]));
      li.appendChild(a);
      list.appendChild(li);
    });
    if (results.length > shown) {
      var li = document.createElement("li"), more = document.createElement("button");
      more.type = "button";
      more.className = "more";
      more.textContent = "Show more (" + plural(results.length - shown, "more result") + ")";
      more.addEventListener("click", function () {
        render(list, results, query, shown + PAGE);
        var next = list.querySelectorAll("a")[shown];
        if (next) next.focus();
      });
      li.appendChild(more);
      list.appendChild(li);
    }
    var status = list.parentNode.querySelector("[role=status]");
    if (status) status.textContent = query ? plural(results.length, "result") : "";
  }

  // For tests and the curious: window.cptsiteSearch("3890") once the index is loaded (the first 50 results).
  window.cptsiteSearch = function (q) { return index ? search(q).slice(0, PAGE) : null; };

  Array.prototype.forEach.call(forms, function (form) {
    var input = form.querySelector("input[type=search]");
    var list = form.parentNode.querySelector(form.getAttribute("data-results"));
    if (!input || !list) return;
    var url = form.getAttribute("data-search");
    var run = function () {
      var q = input.value.trim();
      load(url).then(function () { render(list, q ? search(q) : [], q, PAGE); });
    };
    input.addEventListener("input", run);
    input.addEventListener("focus", function () { load(url); });
    // A full code and Enter opens its page; anything else goes to the search page.
    form.addEventListener("submit", function (ev) {
      var hit = index && exact(input.value);
      if (hit) { ev.preventDefault(); location.href = hit[1]; }
    });
    var initial = new URLSearchParams(location.search).get("q");
    if (initial && form.hasAttribute("data-main")) {
      input.value = initial;
      load(url).then(function () {
        var hit = exact(initial);
        if (hit) location.replace(hit[1]); else run();
      });
    }
  });
})();
