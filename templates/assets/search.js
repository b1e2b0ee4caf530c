// cptsite search: enhances every form[data-search] with results as the reader types.
// The index (one shared, cacheable file) is fetched on first use; the page works without it.
(function () {
  "use strict";
  var forms = document.querySelectorAll("form[data-search]");
  if (!forms.length) return;
  var index = null, loading = null;

  function load(url) {
    if (!loading) {
      loading = fetch(url).then(function (r) { return r.json(); }).then(function (data) {
        // Each entry: [code, url, label, lower-cased searchable words].
        index = data.codes.map(function (c) {
          return [c[0], c[1], c[2], (c[0] + " " + c[2] + " " + (c[3] || "")).toLowerCase()];
        });
        return index;
      });
    }
    return loading;
  }

  // A query matches when every word is a prefix of a word of the entry (codes match by prefix too).
  function search(query, max) {
    var words = query.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    if (!words.length) return [];
    var exact = [], rest = [];
    for (var i = 0; i < index.length; i++) {
      var e = index[i], text = " " + e[3].replace(/[^a-z0-9]+/g, " "), all = true;
      for (var j = 0; j < words.length && all; j++) all = text.indexOf(" " + words[j]) >= 0;
      if (!all) continue;
      (e[0].toLowerCase().indexOf(words[0]) === 0 ? exact : rest).push(e);
      if (exact.length >= max) break;
    }
    return exact.concat(rest).slice(0, max);
  }

  function render(list, results, query) {
    list.textContent = "";
    results.forEach(function (e) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = e[1];
      var b = document.createElement("strong");
      b.textContent = e[0];
      a.appendChild(b);
      a.appendChild(document.createTextNode(" " + e[2]));
      li.appendChild(a);
      list.appendChild(li);
    });
    var status = list.parentNode.querySelector("[role=status]");
    if (status) status.textContent = query ? results.length + (results.length === 50 ? "+" : "") + " results" : "";
  }

  // For tests and the curious: window.cptsiteSearch("3890") once the index is loaded.
  window.cptsiteSearch = function (q) { return index ? search(q, 50) : null; };

  Array.prototype.forEach.call(forms, function (form) {
    var input = form.querySelector("input[type=search]");
    var list = form.parentNode.querySelector(form.getAttribute("data-results"));
    if (!input || !list) return;
    var run = function () {
      var q = input.value.trim();
      load(form.getAttribute("data-search")).then(function () { render(list, q ? search(q, 50) : [], q); });
    };
    input.addEventListener("input", run);
    input.addEventListener("focus", function () { load(form.getAttribute("data-search")); });
    var initial = new URLSearchParams(location.search).get("q");
    if (initial && form.hasAttribute("data-main")) { input.value = initial; run(); }
  });
})();
