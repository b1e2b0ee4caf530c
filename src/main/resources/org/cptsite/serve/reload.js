// Added to pages by `cptsite serve` only. Reloads the page when its inputs change, at the same scroll
// position, and shows the inputs' problems over the page (as text: the page never runs what they contain).
(function () {
  'use strict';
  var script = document.currentScript;
  var version = script ? script.getAttribute('data-version') : '';
  var key = 'cptsite.serve.scroll:' + location.pathname;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    window.scrollTo(0, Number(saved));
  }

  var events = new EventSource('/__cptsite/events?v=' + encodeURIComponent(version || ''));
  events.addEventListener('open', function () { window.cptsiteServeConnected = true; });
  events.addEventListener('reload', function () {
    events.close();
    sessionStorage.setItem(key, String(window.scrollY));
    location.reload();
  });

  fetch('/__cptsite/problems?page=' + encodeURIComponent(location.pathname), { cache: 'no-store' })
    .then(function (r) { return r.json(); })
    .then(show);

  // Errors (the build would fail) in a red alert; warnings alone (the page's own content file: a title
  // search engines cut...) in a smaller amber box, a status an editor may read or hide.
  function show(problems) {
    if (!problems.length) return;
    var errors = problems.some(function (p) { return p.severity === 'error'; });
    var box = document.createElement('div');
    box.id = errors ? 'cptsite-problems' : 'cptsite-warnings';
    box.setAttribute('role', errors ? 'alert' : 'status');
    var s = box.style;
    s.position = 'fixed'; s.left = '1rem'; s.right = '1rem'; s.bottom = '1rem'; s.zIndex = '2147483647';
    s.maxHeight = errors ? '60vh' : '30vh'; s.overflow = 'auto'; s.padding = '1rem'; s.background = '#fff';
    s.color = '#111'; s.border = '3px solid ' + (errors ? '#b00020' : '#8a5a00');
    s.font = '14px/1.4 ui-monospace, monospace'; s.whiteSpace = 'pre-wrap';
    var title = document.createElement('strong');
    title.textContent = 'cptsite serve: ' + problems.length + (errors ? ' problem(s)' : ' warning(s)');
    box.appendChild(title);
    problems.forEach(function (p) {
      var item = document.createElement('p');
      var where = p.file ? p.file + (p.line !== '0' ? ':' + p.line : '') + ': ' : '';
      item.textContent = where + p.severity + ': ' + p.message + (p.fix ? '\n  fix: ' + p.fix : '');
      box.appendChild(item);
    });
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Hide';
    close.addEventListener('click', function () { box.remove(); });
    box.appendChild(close);
    document.body.appendChild(box);
  }
})();
