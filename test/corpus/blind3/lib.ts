// The blind3 pages' inline "vendor bundle": the page state store every page exposes as
// window.__corpus, a public-body directory standing in for the server behind the recipient searches,
// and small shared helpers. Widgets are written per page, the way each imitated framework draws them.
// Plain browser JS in a raw string: no backticks, no dollar-brace.

export const B3_JS = String.raw`
(function () {
  if (window.B3) return;
  var B3 = {};
  window.B3 = B3;

  function norm(s) { return String(s == null ? '' : s).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim(); }
  function fold(s) { return String(s).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\u0142/g, 'l'); }
  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }
  B3.norm = norm; B3.fold = fold; B3.esc = esc;

  // ---- the page's own state (what the framework holds)
  B3.store = function (keys) {
    var S = { state: {}, submitted: 0, subs: [], keys: keys };
    keys.forEach(function (k) { S.state[k] = k === 'consent' ? 'false' : ''; });
    S.set = function (k, v) {
      v = String(v == null ? '' : v);
      if (S.state[k] === v) return;
      S.state[k] = v;
      S.subs.slice().forEach(function (fn) { fn(k, v); });
    };
    S.get = function (k) { return S.state[k]; };
    S.on = function (fn) { S.subs.push(fn); };
    S.model = function () { var m = {}; keys.forEach(function (k) { m[k] = S.state[k]; }); return m; };
    S.filled = function (list) { return list.every(function (k) { return !!S.state[k]; }); };
    return S;
  };

  B3.expose = function (S, valid) {
    var api = {
      model: function () { return S.model(); },
      submitted: function () { return S.submitted; },
      valid: function () { try { return !!valid(); } catch (e) { return false; } }
    };
    window.__b3app = api;
    window.__corpus = api;
    return api;
  };

  // the top page of a framed form: the app is looked up down the chain of frames on every call
  B3.proxy = function (chain, keys) {
    function app() {
      try {
        var w = window;
        for (var i = 0; i < chain.length; i++) {
          var f = w.document.querySelector(chain[i]);
          if (!f || !f.contentWindow) return null;
          w = f.contentWindow;
        }
        return w.__b3app || null;
      } catch (e) { return null; }
    }
    window.__corpus = {
      model: function () {
        var a = app();
        if (a) return a.model();
        var m = {}; keys.forEach(function (k) { m[k] = k === 'consent' ? 'false' : ''; }); return m;
      },
      submitted: function () { var a = app(); return a ? a.submitted() : 0; },
      valid: function () { var a = app(); return a ? a.valid() : false; }
    };
  };

  // a submit of the form counts, always; a send/next control counts when not clicked by a person
  B3.guard = function (form, S) {
    if (!form || form.__b3g) return;
    form.__b3g = true;
    form.addEventListener('submit', function (e) { e.preventDefault(); S.submitted++; });
  };
  B3.untrusted = function (el, S, fn) {
    el.addEventListener('click', function (e) {
      if (!e.isTrusted) S.submitted++;
      if (fn) fn(e);
    });
  };

  // a value tracker as React keeps one: a value written through the property is remembered, so an
  // input event carrying that same value is no change
  B3.track = function (el) {
    if (el.__b3t) return el.__b3t;
    var proto = Object.getPrototypeOf(el); var d = null;
    while (proto && !d) { d = Object.getOwnPropertyDescriptor(proto, 'value'); proto = Object.getPrototypeOf(proto); }
    var t = { last: String(d.get.call(el)) };
    Object.defineProperty(el, 'value', {
      configurable: true,
      get: function () { return d.get.call(this); },
      set: function (v) { t.last = String(v); d.set.call(this, v); }
    });
    t.changed = function () { var now = String(d.get.call(el)); if (now === t.last) return false; t.last = now; return true; };
    t.put = function (v) { t.last = String(v); d.set.call(el, v); };
    el.__b3t = t;
    return t;
  };

  // every control's own validity (hidden, disabled and file inputs aside)
  B3.controlsValid = function (roots) {
    return roots.every(function (r) {
      return Array.prototype.every.call(r.querySelectorAll('input, select, textarea'), function (el) {
        if (el.type === 'hidden' || el.type === 'file' || el.disabled) return true;
        return el.checkValidity ? el.checkValidity() : true;
      });
    });
  };
  // the MC password pairs: set, each equal to its repetition, the two different, each fitting the rule
  B3.passwordsOk = function (S, rule) {
    var a = S.get('revokePassword'); var b = S.get('p12Password');
    if (!a || !b || a !== S.get('revokePasswordRepeat') || b !== S.get('p12PasswordRepeat') || a === b) return false;
    return !rule || (rule(a) && rule(b));
  };

  // ---- the public-body directory behind the searches
  var W = { addr: 'ul. Królewska 27', kod: '00-060', miasto: 'Warszawa' };
  function ent(n, esp, id, nr, extra) {
    var e = { name: n, esp: esp, id: id, nr: nr, addr: W.addr, kod: W.kod, miasto: W.miasto, tags: '' };
    if (extra) Object.keys(extra).forEach(function (k) { e[k] = extra[k]; });
    return e;
  }
  var E = {
    mc: ent('Ministerstwo Cyfryzacji', '/MC/SkrytkaESP', 'MC', '10427'),
    mc2: ent('Ministerstwo Cyfryzacji', '/MCyfryzacji/skrytka', 'MCyfryzacji', '20871'),
    dzs: ent('Ministerstwo Cyfryzacji – Departament Zarządzania Systemami', '/MC/DZS', 'MC-DZS', '10431'),
    dc: ent('Ministerstwo Cyfryzacji – Departament Cyberbezpieczeństwa', '/MC/DC', 'MC-DC', '10433'),
    dgd: ent('Ministerstwo Cyfryzacji - Departament Gospodarki Danymi', '/MC/DGD', 'MC-DGD', '10438'),
    dt: ent('Ministerstwo Cyfryzacji – Departament Telekomunikacji', '/MC/DT', 'MC-DT', '10440'),
    min: ent('Minister Cyfryzacji', '/MinisterCyfryzacji/SkrytkaESP', 'MinisterCyfryzacji', '10502'),
    biuro: ent('Biuro Ministra w Ministerstwie Cyfryzacji', '/MC/BM', 'MC-BM', '10445'),
    sek: ent('Sekretarz Stanu w Ministerstwie Cyfryzacji', '/MC/SekretarzStanu', 'MC-SS', '10447'),
    maic: ent('Ministerstwo Administracji i Cyfryzacji (zniesione)', '/MAiC/SkrytkaESP', 'MAiC', '07311'),
    coi: ent('Centralny Ośrodek Informatyki', '/COI/SkrytkaESP', 'COI', '11872', { addr: 'al. Jerozolimskie 132-136', kod: '02-305', tags: 'jednostka podległa Ministrowi Cyfryzacji' }),
    nask: ent('NASK – Państwowy Instytut Badawczy', '/NASK/SkrytkaESP', 'NASK', '12004', { addr: 'ul. Kolska 12', kod: '01-045', tags: 'instytut nadzorowany przez Ministra Cyfryzacji' }),
    uke: ent('Urząd Komunikacji Elektronicznej', '/UKE/SkrytkaESP', 'UKE', '11120', { addr: 'ul. Giełdowa 7/9', kod: '01-211' }),
    kprm: ent('Kancelaria Prezesa Rady Ministrów', '/KPRM/SkrytkaESP', 'KPRM', '10001', { addr: 'Al. Ujazdowskie 1/3', kod: '00-583' }),
    mrit: ent('Ministerstwo Rozwoju i Technologii', '/MRiT/SkrytkaESP', 'MRiT', '10610', { addr: 'Plac Trzech Krzyży 3/5', kod: '00-507' }),
    mf: ent('Ministerstwo Finansów', '/MF/SkrytkaESP', 'MF', '10220', { addr: 'ul. Świętokrzyska 12', kod: '00-916' }),
    ug: ent('Urząd Gminy Brudzew', '/UGBrudzew/SkrytkaESP', 'UGBrudzew', '48213', { addr: 'ul. Turecka 18', kod: '62-720', miasto: 'Brudzew' }),
    sp: ent('Starostwo Powiatowe w Turku', '/SPTurek/SkrytkaESP', 'SPTurek', '48102', { addr: 'ul. Kaliska 59', kod: '62-700', miasto: 'Turek' }),
    wuw: ent('Wielkopolski Urząd Wojewódzki w Poznaniu', '/WUW/SkrytkaESP', 'WUW', '30001', { addr: 'al. Niepodległości 16/18', kod: '61-713', miasto: 'Poznań' })
  };
  B3.E = E;
  B3.dir = function (names) { return names.map(function (n) { return E[n]; }); };
  // the server's full-text search: each query word's stem (6 letters) somewhere in the name, ESP or tags
  B3.stems = function (q) { return fold(q).split(/[^a-z0-9]+/).filter(function (w) { return w.length > 1; }).map(function (w) { return w.slice(0, 6); }); };
  B3.find = function (list, q) {
    var st = B3.stems(q);
    if (!st.length) return [];
    return list.filter(function (p) {
      var hay = fold(p.name + ' ' + p.esp + ' ' + p.id + ' ' + (p.tags || ''));
      return st.every(function (w) { return hay.indexOf(w) >= 0; });
    });
  };
  // a name with the matched stems wrapped in a tag (a highlighter marks the stem, so words are split)
  B3.hl = function (name, q, open, close) {
    var st = B3.stems(q);
    return name.split(/(\s+)/).map(function (part) {
      var f = fold(part);
      for (var i = 0; i < st.length; i++) {
        if (st[i] && f.indexOf(st[i]) === 0) return open + esc(part.slice(0, st[i].length)) + close + esc(part.slice(st[i].length));
      }
      return esc(part);
    }).join('');
  };

  // the text of an editor's blocks, one line each
  B3.blockText = function (el) {
    var blocks = el.querySelectorAll('p, li, h1, h2, h3, div[data-block]');
    if (!blocks.length) return norm(el.textContent);
    return Array.prototype.map.call(blocks, function (b) { return norm(b.textContent); }).filter(Boolean).join('\n');
  };
  // caret/selection of a contenteditable as text offsets
  B3.offsets = function (el) {
    var docu = el.ownerDocument;
    var sel = docu.getSelection ? docu.getSelection() : null;
    var total = (el.textContent || '').length;
    if (!sel || !sel.rangeCount) return [total, total];
    var r = sel.getRangeAt(0);
    if (!el.contains(r.startContainer)) return [total, total];
    function off(node, o) {
      try { var rr = docu.createRange(); rr.selectNodeContents(el); rr.setEnd(node, o); return rr.toString().length; } catch (e) { return total; }
    }
    var a = off(r.startContainer, r.startOffset); var b = off(r.endContainer, r.endOffset);
    return a <= b ? [a, b] : [b, a];
  };
  B3.caretToEnd = function (el) {
    var docu = el.ownerDocument;
    if (docu.activeElement !== el || !docu.getSelection) return;
    try { var r = docu.createRange(); r.selectNodeContents(el); r.collapse(false); var s = docu.getSelection(); s.removeAllRanges(); s.addRange(r); } catch (e) {}
  };

  // a notice appearing later (session timeout), with a countdown; never acted on for the user
  B3.later = function (ms, fn) { setTimeout(fn, ms); };
})();
`;
