// cptsite locality pricing: adds a locality picker to a code page and shows what Medicare pays there.
// The page reads fully without this script (national amounts and the formula). It reads one shared,
// cacheable file (the section's data-localities: localities, GPCIs, anesthesia CFs, counties) and the
// page's own rows (#locality-data).
//
// The arithmetic is exact and the same as the Java build's (compute.LocalityPayment, ModifierRules,
// AnesthesiaPayment): decimal strings become BigInt integers with a scale, and amounts are rounded half up
// to the cent once, at the end. No floating point touches a figure.
(function () {
  "use strict";
  if (typeof BigInt !== "function") return; // very old browsers keep the national figures
  var KEY = "cptsite.locality";
  var TEN = BigInt(10), ZERO = BigInt(0), TWO = BigInt(2);

  // ---- exact decimals: [digits as BigInt, scale], "2.44" -> [244n, 2] ----
  function dec(s) {
    s = String(s).trim();
    var neg = s.charAt(0) === "-";
    if (neg || s.charAt(0) === "+") s = s.slice(1);
    var dot = s.indexOf(".");
    var digits = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
    var n = BigInt(digits === "" ? "0" : digits);
    return [neg ? -n : n, dot < 0 ? 0 : s.length - dot - 1];
  }
  function pow10(k) { return TEN ** BigInt(k); }
  function mul(a, b) { return [a[0] * b[0], a[1] + b[1]]; }
  function align(a, s) { return a[0] * pow10(s - a[1]); }
  function add(a, b) { var s = Math.max(a[1], b[1]); return [align(a, s) + align(b, s), s]; }
  function sub(a, b) { var s = Math.max(a[1], b[1]); return [align(a, s) - align(b, s), s]; }
  function cmp(a, b) { var s = Math.max(a[1], b[1]), x = align(a, s), y = align(b, s); return x < y ? -1 : x > y ? 1 : 0; }
  function isZero(a) { return a[0] === ZERO; }
  // Rounds to `scale` decimals, halves away from zero (Java's RoundingMode.HALF_UP).
  function round(a, scale) {
    if (a[1] <= scale) return [a[0] * pow10(scale - a[1]), scale];
    var d = pow10(a[1] - scale), neg = a[0] < ZERO, n = neg ? -a[0] : a[0];
    var q = n / d;
    if ((n % d) * TWO >= d) q += BigInt(1);
    return [neg ? -q : q, scale];
  }
  // Divides by an integer, rounding half up to `scale` decimals (minutes / 15).
  function divInt(a, k, scale) {
    var n = a[0] * pow10(scale) * TWO, d = pow10(a[1]) * BigInt(k) * TWO;
    var q = (n + d / TWO) / d; // non-negative operands only
    return [q, scale];
  }
  // Plain decimal text of a number: [13094n, 2] -> "130.94".
  function str(a) {
    var neg = a[0] < ZERO, t = (neg ? -a[0] : a[0]).toString();
    if (a[1] > 0) {
      while (t.length <= a[1]) t = "0" + t;
      t = t.slice(0, t.length - a[1]) + "." + t.slice(t.length - a[1]);
    }
    return (neg ? "-" : "") + t;
  }
  function cents(rvus, cf) { return round(mul(rvus, cf), 2); }
  function min(a, b) { return cmp(a, b) <= 0 ? a : b; }

  var LIMITING = dec("1.0925");

  // One row's amounts at the GPCIs g ({work, pe, mp} as decimals): compute.LocalityPayment.
  function rowPrice(row, g, cf, apmCf) {
    if (!row.paid) return null;
    var work = mul(dec(row.work), g.work), mp = mul(dec(row.mp), g.mp);
    var nf = add(add(work, mul(dec(row.peNf), g.pe)), mp);
    var f = add(add(work, mul(dec(row.peF), g.pe)), mp);
    var oppsNf = null, oppsF = null;
    if (!isZero(dec(row.oppsPeNf)) || !isZero(dec(row.oppsPeF)) || !isZero(dec(row.oppsMp))) {
      var oppsMp = mul(dec(row.oppsMp), g.mp);
      oppsNf = add(add(work, mul(dec(row.oppsPeNf), g.pe)), oppsMp);
      oppsF = add(add(work, mul(dec(row.oppsPeF), g.pe)), oppsMp);
    }
    function amount(na, sum, opps, factor) {
      if (na || !factor) return null;
      var a = cents(sum, factor);
      return opps ? min(a, cents(opps, factor)) : a;
    }
    var nfAmount = amount(row.naNf, nf, oppsNf, cf), fAmount = amount(row.naF, f, oppsF, cf);
    return {
      nf: nfAmount, f: fAmount,
      nfApm: amount(row.naNf, nf, oppsNf, apmCf), fApm: amount(row.naF, f, oppsF, apmCf),
      nfCap: !row.naNf && oppsNf !== null && cmp(oppsNf, nf) < 0,
      fCap: !row.naF && oppsF !== null && cmp(oppsF, f) < 0,
      nfLim: nfAmount && round(mul(nfAmount, LIMITING), 2), fLim: fAmount && round(mul(fAmount, LIMITING), 2)
    };
  }

  // A modifier rule's amount from the row's amount: compute.ModifierRules.apply.
  function ruleAmount(rule, amount, baseAmount) {
    if (!amount) return null;
    if (rule.k === "share") return round(mul(amount, dec(rule.share)), 2);
    if (rule.k === "endoscopy") {
      if (!baseAmount) return null;
      var d = sub(amount, baseAmount);
      return d[0] < ZERO ? [ZERO, 2] : d;
    }
    return null;
  }

  // (base units + minutes / 15 rounded to one decimal) x CF, to the cent: compute.AnesthesiaPayment.
  function anesthesia(baseUnits, minutes, cf) {
    var units = add(dec(String(baseUnits)), divInt(dec(String(minutes)), 15, 1));
    return str(cents(units, dec(cf)));
  }

  function out(a) { return a ? str(a) : null; }

  // Everything the page shows for one set of GPCIs, as plain strings: the test compares it with Java's.
  function compute(data, shared, g, anesCf, anesApmCf) {
    var cf = dec(shared.cf), apmCf = shared.apmCf ? dec(shared.apmCf) : null;
    var prices = data.rows.map(function (r) { return rowPrice(r, g, cf, apmCf); });
    var main = prices[data.main];
    var base = data.base ? rowPrice(data.base, g, cf, apmCf) : null;
    return {
      rows: prices.map(function (p) {
        return p && { nf: out(p.nf), f: out(p.f), nfApm: out(p.nfApm), fApm: out(p.fApm), nfCap: p.nfCap,
          fCap: p.fCap, nfLim: out(p.nfLim), fLim: out(p.fLim) };
      }),
      rules: main ? data.rules.map(function (rule) {
        return { nf: out(ruleAmount(rule, main.nf, base && base.nf)), f: out(ruleAmount(rule, main.f, base && base.f)) };
      }) : [],
      anes: data.anesthesia && anesCf ? { cf: anesCf, apmCf: anesApmCf || null } : null
    };
  }

  function gpcis(loc) {
    return loc ? { work: dec(loc.work), pe: dec(loc.pe), mp: dec(loc.mp) }
      : { work: dec("1"), pe: dec("1"), mp: dec("1") };
  }

  var shared = null, loading = null;
  function load(url) {
    if (!loading) {
      loading = fetch(url).then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.json();
      }).then(function (d) {
        shared = d;
        shared.byId = {};
        d.localities.forEach(function (l) { shared.byId[l.id] = l; });
        return d;
      });
    }
    return loading;
  }

  function byId(id) { return shared && shared.byId[id]; }

  // For tests and the curious: window.cptsiteLocality.price(data, "10112-00") once ready() has resolved;
  // a null or unknown id gives the national amounts (all GPCIs 1.0).
  window.cptsiteLocality = {
    ready: function () {
      var s = document.getElementById("locality");
      return s ? load(s.getAttribute("data-localities")) : Promise.reject(new Error("no locality section"));
    },
    price: function (data, id) {
      var loc = byId(id);
      return compute(data, shared, gpcis(loc), loc ? loc.anesCf : shared.anesCf,
        loc ? loc.anesApmCf : shared.anesApmCf);
    },
    anesthesia: anesthesia,
    findAreas: function (state, county) { return findAreas(state, county).map(function (c) { return c.id; }); },
    localities: function () { return shared ? shared.localities.map(function (l) { return l.id; }) : null; }
  };

  // ---- the page ----
  var section = document.getElementById("locality");
  var dataElement = document.getElementById("locality-data");
  if (!section || !dataElement) return;
  var data = JSON.parse(dataElement.textContent);
  var picker = section.querySelector(".loc-picker");
  var select = document.getElementById("loc-select");
  var stateSelect = document.getElementById("loc-state");
  var county = document.getElementById("loc-county");
  var matches = document.getElementById("loc-matches");
  var result = document.getElementById("loc-result");
  var NOT_PAID = "Not paid", NA = "NA", NOT_EXPECTED = "Not expected in this setting";

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function dollars(s) {
    var parts = s.split("."), whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return "$" + whole + "." + parts[1];
  }
  function money(s, words) { return s === null ? words : dollars(s); }
  function store(id) { try { if (id) localStorage.setItem(KEY, id); else localStorage.removeItem(KEY); } catch (e) { /* private mode */ } }
  function stored() { try { return localStorage.getItem(KEY); } catch (e) { return null; } }

  function fillSelects() {
    var groups = {}, order = [];
    shared.localities.forEach(function (l) {
      if (!groups[l.stateName]) { groups[l.stateName] = el("optgroup"); groups[l.stateName].label = l.stateName; order.push(l.stateName); }
      var o = el("option", l.name + " (" + l.id + ")");
      o.value = l.id;
      groups[l.stateName].appendChild(o);
    });
    order.forEach(function (s) { select.appendChild(groups[s]); });
    var states = [];
    shared.counties.forEach(function (c) { if (states.indexOf(c.state) < 0) states.push(c.state); });
    states.forEach(function (s) { var o = el("option", s); o.value = s; stateSelect.appendChild(o); });
    if (!states.length) section.querySelector(".loc-find").hidden = true; // no LOCCO file
  }

  // The fee schedule areas for a county of a state: the state's areas whose counties (or area name) contain
  // the query, and other states' areas that name counties "in" this state (the DC area names Arlington
  // "in Virginia"); an "all counties except ..." area does not match the counties it excepts. The state's
  // "all (other) counties" areas when none matches; every area of the state for an empty query.
  function findAreas(state, query) {
    var q = query.trim().toUpperCase(), upper = state.toUpperCase();
    var inState = shared.counties.filter(function (c) { return c.state === state; });
    if (!q) return inState;
    var hits = shared.counties.filter(function (c) {
      var text = c.counties.toUpperCase();
      if (c.state !== state && text.indexOf(" IN " + upper) < 0) return false;
      return text.split(/\bEXCEPT\b/)[0].indexOf(q) >= 0 || (c.state === state && c.area.toUpperCase().indexOf(q) >= 0);
    });
    if (hits.length) return hits;
    return inState.filter(function (c) { return /^ALL\b/.test(c.counties.trim().toUpperCase()); });
  }

  function showMatches() {
    matches.textContent = "";
    if (!stateSelect.value) return;
    findAreas(stateSelect.value, county.value).forEach(function (c) {
      var loc = byId(c.id), li = el("li"), b = el("button", c.area + ": " + c.counties);
      b.type = "button";
      b.setAttribute("data-id", c.id);
      b.addEventListener("click", function () { select.value = c.id; choose(c.id); });
      li.appendChild(b);
      if (loc) li.appendChild(el("span", " locality " + loc.name + " (" + c.id + ")", "figure"));
      matches.appendChild(li);
    });
  }

  function paymentTable(loc, p) {
    // "stack": on phones each row becomes a card, its cells labelled by their column (site.css).
    var table = el("table", null, "loc-pay stack"), head = el("thead"), tr = el("tr"), body = el("tbody");
    table.appendChild(el("caption", "Amounts in " + loc.name + " (" + loc.id + "), at the conversion factor " + shared.cf));
    var cols = ["Modifier", "Non-facility", "Facility", "Limiting charge, non-facility", "Limiting charge, facility"];
    if (shared.apmCf) cols.push("Non-facility, qualifying APM", "Facility, qualifying APM");
    cols.forEach(function (c) { var th = el("th", c); th.scope = "col"; tr.appendChild(th); });
    head.appendChild(tr);
    table.appendChild(head);
    p.rows.forEach(function (r, i) {
      var row = el("tr"), th = el("th", data.rows[i].mod);
      th.scope = "row";
      row.appendChild(th);
      var cells = r ? [[r.nf, r.nfCap], [r.f, r.fCap], [r.nfLim], [r.fLim]] : [[null], [null], [null], [null]];
      if (shared.apmCf) cells.push(r ? [r.nfApm, r.nfCap] : [null], r ? [r.fApm, r.fCap] : [null]);
      cells.forEach(function (c, k) {
        var td = el("td", money(c[0], r ? NA : data.rows[i].none || NOT_PAID));
        td.setAttribute("data-label", cols[k + 1]);
        if (c[1]) td.appendChild(el("sup", "OPPS cap", "cap"));
        row.appendChild(td);
      });
      body.appendChild(row);
    });
    table.appendChild(body);
    return table;
  }

  // The page's national modifier table, with this locality's amounts in its priced cells.
  function modifierTable(loc, p) {
    var national = document.querySelector("table.mod-table");
    if (!national || !p.rules.length) return null;
    var table = national.cloneNode(true);
    table.className = national.className + " loc-mod";
    table.querySelector("caption").textContent = "Payment with modifiers in " + loc.name + " (" + loc.id + ")";
    Array.prototype.forEach.call(table.querySelectorAll("tbody tr"), function (tr, i) {
      var r = p.rules[i];
      if (!r) return;
      Array.prototype.forEach.call(tr.querySelectorAll("td[data-k]"), function (td) {
        td.textContent = money(td.getAttribute("data-k") === "nf" ? r.nf : r.f, NA);
      });
    });
    return table;
  }

  function wrap(table) { var d = el("div", null, "table-wrap"); d.appendChild(table); return d; }

  function anesthesiaPart(loc) {
    var part = el("div");
    var cf = loc ? loc.anesCf : shared.anesCf, apmCf = loc ? loc.anesApmCf : shared.anesApmCf;
    var where = loc ? loc.name : "the nation";
    if (!cf) { part.appendChild(el("p", "The ANES file gives no anesthesia conversion factor for " + where + ".")); return part; }
    part.appendChild(el("p", "Anesthesia conversion factor in " + where + ": " + cf
      + (apmCf ? " (qualifying APM participants: " + apmCf + ")" : "")
      + (loc && shared.anesCf ? "; national " + shared.anesCf + "." : ".")));
    var base = document.getElementById("anes-base"), minutes = document.getElementById("anes-minutes");
    var b = base && base.value.trim(), m = minutes && minutes.value.trim();
    if (b && m && /^\d+$/.test(b) && /^\d+$/.test(m)) {
      var units = str(add(dec(b), divInt(dec(m), 15, 1)));
      part.appendChild(el("p", "(" + b + " base units + " + str(divInt(dec(m), 15, 1)) + " time units) = " + units
        + " units \u00d7 " + cf + " = " + dollars(anesthesia(b, m, cf))
        + (apmCf ? "; qualifying APM participants: " + dollars(anesthesia(b, m, apmCf)) : "") + ".", "loc-anes-amount"));
    } else if (base) {
      part.appendChild(el("p", "Enter the base units and minutes above to see the payment.", "note"));
    }
    return part;
  }

  function title(loc) {
    var same = loc.name.toUpperCase() === loc.stateName.toUpperCase();
    return el("h3", loc.name + (same ? "" : ", " + loc.stateName) + " (" + loc.id + ")");
  }

  // The chosen locality's amounts of the row the key facts lead with (the main row, or the 26 row of a code
  // contractor priced without a modifier), beside the national ones; "lead" is given where it has a modifier.
  function keyFacts(loc, p) {
    var box = document.getElementById("kf-locality");
    if (!box) return;
    var led = typeof data.lead === "number";
    var lead = led ? data.lead : data.main;
    var r = loc && p && p.rows[lead];
    box.hidden = !r;
    if (!r) return;
    box.querySelector("dt").textContent = "In " + loc.name + " (" + loc.id + ")"
      + (led ? ", modifier " + data.rows[lead].mod : "");
    box.querySelector("dd").textContent = money(r.nf, NOT_EXPECTED) + " non-facility, "
      + money(r.f, NOT_EXPECTED) + " facility";
  }

  function render(id) {
    var loc = byId(id);
    result.textContent = "";
    keyFacts(null, null);
    if (data.anesthesia) {
      if (loc) result.appendChild(title(loc));
      result.appendChild(anesthesiaPart(loc));
      return;
    }
    if (!loc) return;
    var p = compute(data, shared, gpcis(loc), null, null);
    keyFacts(loc, p);
    result.appendChild(title(loc));
    result.appendChild(el("p", "GPCIs: work " + loc.work + " (" + shared.workGpciLabel + "), practice expense "
      + loc.pe + ", malpractice " + loc.mp + ". Conversion factor " + shared.cf
      + (shared.apmCf ? " (qualifying APM: " + shared.apmCf + ")" : "") + ".", "note"));
    result.appendChild(wrap(paymentTable(loc, p)));
    if (p.rows.some(function (r) { return r && (r.nfCap || r.fCap); })) {
      result.appendChild(el("p", "OPPS cap: in this locality the amounts marked \u201cOPPS cap\u201d are the lower "
        + "OPPS amounts, [work \u00d7 work GPCI + OPPS PE \u00d7 PE GPCI + OPPS MP \u00d7 MP GPCI] \u00d7 CF.", "note"));
    }
    var mods = modifierTable(loc, p);
    if (mods) result.appendChild(wrap(mods));
  }

  function choose(id) {
    if (id && !byId(id)) id = "";
    store(id);
    render(id);
  }

  window.cptsiteLocality.data = data;
  window.cptsiteLocality.ready().then(function () {
    fillSelects();
    picker.hidden = false;
    select.addEventListener("change", function () { choose(select.value); });
    stateSelect.addEventListener("change", showMatches);
    county.addEventListener("input", showMatches);
    ["anes-base", "anes-minutes"].forEach(function (i) {
      var input = document.getElementById(i);
      if (input) input.addEventListener("input", function () { render(select.value); });
    });
    var saved = stored();
    if (saved && byId(saved)) select.value = saved;
    render(select.value);
    section.setAttribute("data-ready", "true");
  }, function () {
    result.textContent = "The locality figures could not be loaded; the national amounts above still apply.";
  });
})();
