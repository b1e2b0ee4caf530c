// cptsite table sort: a button in each column header of table[data-sortable] sorts the rows by that column,
// ascending then descending. Number columns sort by the number in the cell ("$1,159.35"), cells without one
// ("NA", "Not paid") last; the table reads fully without the script.
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), function (table) {
    var heads = table.querySelectorAll("thead th"), body = table.tBodies[0];
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      var number = th.getAttribute("data-type") === "number";
      button.addEventListener("click", function () {
        var up = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows).map(function (tr, i) {
          var text = tr.cells[col].textContent.trim(), n = parseFloat(text.replace(/[$,]/g, ""));
          return { tr: tr, i: i, key: number ? (isNaN(n) ? null : n) : text };
        });
        rows.sort(function (a, b) {
          if (a.key === null || b.key === null) return a.key === b.key ? a.i - b.i : a.key === null ? 1 : -1;
          var c = number ? a.key - b.key : a.key.localeCompare(b.key);
          return (up ? c : -c) || a.i - b.i;
        });
        rows.forEach(function (r) { body.appendChild(r.tr); });
      });
    });
  });
})();
