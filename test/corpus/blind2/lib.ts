// The blind2 pages' inline "bundle": a small state store and the widgets of the frameworks the pages
// imitate (popups in portals, typeaheads with debounce, masks, editors). Every page inlines it the way a
// real page inlines its vendor bundle. Plain browser JS in a raw string: no backticks or dollar-brace.

export const B2_JS = String.raw`
(function () {
  if (window.B2) return;
  var B2 = {};
  window.B2 = B2;

  function norm(s) { return String(s == null ? '' : s).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim(); }
  function fold(s) { return String(s).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\u0142/g, 'l'); }
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  B2.norm = norm; B2.fold = fold; B2.esc = esc;

  // ---- the store: the framework's own state
  B2.store = function (keys) {
    var S = { state: {}, submitted: 0, subs: [] };
    keys.forEach(function (k) { S.state[k] = k === 'consent' ? 'false' : ''; });
    S.keys = keys;
    S.set = function (k, v) {
      v = String(v == null ? '' : v);
      if (S.state[k] === v) return;
      S.state[k] = v;
      S.subs.slice().forEach(function (fn) { fn(k, v); });
    };
    S.get = function (k) { return S.state[k]; };
    S.on = function (fn) { S.subs.push(fn); };
    S.model = function () { var m = {}; keys.forEach(function (k) { m[k] = S.state[k]; }); return m; };
    return S;
  };

  // window.__corpus on this window; frames also register themselves as window.__b2app for the top page.
  B2.expose = function (S, valid) {
    var api = {
      model: function () { return S.model(); },
      submitted: function () { return S.submitted; },
      valid: function () { try { return !!valid(); } catch (e) { return false; } }
    };
    window.__b2app = api;
    window.__corpus = api;
    return api;
  };
  // the top page of a framed form: the app lives down the chain of frame selectors
  B2.proxy = function (chain, keys) {
    function app() {
      try {
        var w = window;
        for (var i = 0; i < chain.length; i++) {
          var f = w.document.querySelector(chain[i]);
          if (!f || !f.contentWindow) return null;
          w = f.contentWindow;
        }
        return w.__b2app || null;
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

  // submit and "next" controls: anything but a trusted click is counted (the page itself cannot tell)
  B2.guardForms = function (root, S) {
    Array.prototype.forEach.call(root.querySelectorAll('form'), function (f) {
      if (f.__b2g) return; f.__b2g = true;
      f.addEventListener('submit', function (e) { e.preventDefault(); S.submitted++; });
    });
  };
  B2.action = function (el, S, fn) {
    el.addEventListener('click', function (e) {
      if (!e.isTrusted) S.submitted++;
      if (fn) fn(e);
    });
  };

  // ---- a React-like value tracker: a value set through the element's property is remembered, and an
  // input event carrying that same value is not a change
  B2.track = function (el, prop) {
    prop = prop || 'value';
    if (el.__b2t) return el.__b2t;
    var proto = Object.getPrototypeOf(el); var d = null;
    while (proto && !d) { d = Object.getOwnPropertyDescriptor(proto, prop); proto = Object.getPrototypeOf(proto); }
    var t = { last: String(d.get.call(el)) };
    Object.defineProperty(el, prop, {
      configurable: true,
      get: function () { return d.get.call(this); },
      set: function (v) { t.last = String(v); d.set.call(this, v); }
    });
    t.changed = function () { var now = String(el[prop]); if (now === t.last) return false; t.last = now; return true; };
    el.__b2t = t;
    return t;
  };

  // ---- masks: the display is reformatted on input, the model keeps the mask's raw value
  var MASKS = {
    nip: { max: 10, fmt: function (d) { return [d.slice(0, 3), d.slice(3, 6), d.slice(6, 8), d.slice(8, 10)].filter(Boolean).join('-'); }, raw: function (d) { return d; } },
    postal: { max: 5, fmt: function (d) { return d.length > 2 ? d.slice(0, 2) + '-' + d.slice(2) : d; }, raw: function (d, f) { return f; } },
    phone: { max: 9, fmt: function (d) { return [d.slice(0, 2), d.slice(2, 5), d.slice(5, 7), d.slice(7, 9)].filter(Boolean).join(' '); }, raw: function (d, f) { return f; } },
    regon: { max: 9, fmt: function (d) { return d; }, raw: function (d) { return d; } }
  };
  B2.mask = function (name, v) {
    var m = MASKS[name];
    var d = String(v).replace(/\D/g, '');
    if (name === 'phone' && d.length > 9 && d.indexOf('48') === 0) d = d.slice(2);
    d = d.slice(0, m.max);
    var f = m.fmt(d);
    return { shown: f, raw: m.raw(d, f) };
  };

  // ---- a text control bound to a key
  // o.on: 'input' | 'change' (v-model.lazy) | 'blur' (updateOn blur); o.react: value tracker + controlled
  // o.mask; o.trim / o.lower (on blur); o.check(v) -> message; o.error(el, msg) shows it; o.after(v)
  B2.text = function (el, S, key, o) {
    o = o || {};
    var on = o.on || 'input';
    var t = o.react ? B2.track(el) : null;
    function take() {
      var v = el.value;
      if (o.mask) {
        var m = B2.mask(o.mask, v);
        if (el.value !== m.shown) el.value = m.shown;
        v = m.raw;
      }
      return v;
    }
    function commit() { var v = take(); S.set(key, v); if (o.after) o.after(v, el); }
    if (on === 'input') {
      el.addEventListener('input', function () {
        if (t && !t.changed()) return;
        commit();
        if (t) Promise.resolve().then(function () { var want = o.mask ? B2.mask(o.mask, el.value).shown : S.get(key); if (el.value !== want) el.value = want; });
      });
    } else if (on === 'change') {
      el.addEventListener('change', commit);
      if (o.mask) el.addEventListener('input', function () { take(); });
    } else {
      if (o.mask) el.addEventListener('input', function () { take(); });
    }
    el.addEventListener('blur', function () {
      if (o.trim && el.value !== el.value.trim()) { el.value = el.value.trim(); if (on !== 'blur') commit(); }
      if (o.lower && el.value !== el.value.toLowerCase()) { el.value = el.value.toLowerCase(); if (on !== 'blur') commit(); }
      if (on === 'blur') commit();
      el.__b2touched = true;
      if (o.check) { var msg = o.check(el.value, el); if (o.error) o.error(el, msg || ''); }
    });
    return { commit: commit };
  };
  B2.select = function (el, S, key, on) {
    el.addEventListener(on || 'change', function () { S.set(key, el.value); });
  };
  B2.radios = function (root, name, S, key) {
    Array.prototype.forEach.call(root.querySelectorAll('input[type=radio][name="' + name + '"]'), function (r) {
      r.addEventListener('change', function () { if (r.checked) S.set(key, r.value); });
    });
  };
  B2.check = function (el, S, key) {
    el.addEventListener('change', function () { S.set(key, String(el.checked)); });
  };

  // ---- closing popups on an outside mousedown
  var openPopups = [];
  document.addEventListener('mousedown', function (e) {
    var path = e.composedPath ? e.composedPath() : [e.target];
    openPopups.slice().forEach(function (p) { if (!p.inside(path)) p.close(); });
  }, true);
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') openPopups.slice().forEach(function (p) { p.close(); });
  });
  function place(panel, anchor) {
    var r = anchor.getBoundingClientRect();
    // inside a fixed container (an overlay root) the coordinates are the viewport's
    var fixed = false;
    for (var n = panel.parentNode; n && n.nodeType === 1; n = n.parentNode) {
      if (window.getComputedStyle(n).position === 'fixed') { fixed = true; break; }
    }
    var sx = fixed ? 0 : (window.scrollX || 0); var sy = fixed ? 0 : (window.scrollY || 0);
    panel.style.position = 'absolute';
    panel.style.left = (r.left + sx) + 'px';
    panel.style.top = (r.bottom + sy + 2) + 'px';
    panel.style.minWidth = Math.max(r.width, 180) + 'px';
    var h = panel.offsetHeight || 0;
    if (fixed && h && r.bottom + h > window.innerHeight) panel.style.top = Math.max(0, r.top - h - 2) + 'px';
  }
  B2.place = place;

  // ---- a listbox popup in a portal: Material, MUI, Kendo, Ant, jQuery UI all are this with other markup
  // o: trigger, options [{v,t}], host() -> element to append to, panel(opts, current) -> element whose
  // items carry data-b2-v, openOn ('click'|'mousedown'), pickOn ('click'|'mouseup'), pick(opt),
  // current() -> value, ids: aria-controls target id, filter: selector of a search input in the panel,
  // window: how many items are rendered at once (a virtual list), keyTarget: element receiving keys
  B2.popup = function (o) {
    var panel = null; var active = -1; var query = '';
    var trig = o.trigger; var keys = o.keyTarget || trig;
    var me = {
      inside: function (path) {
        if (o.backdrop && path[0] && path[0].matches && path[0].matches(o.backdrop)) return false;
        return path.indexOf(trig) >= 0 || (panel && path.indexOf(panel) >= 0);
      },
      close: close
    };
    function visible() {
      var list = o.options.filter(function (x) { return x.v !== ''; });
      if (query) list = list.filter(function (x) { return fold(x.t).indexOf(fold(query)) >= 0; });
      return list;
    }
    function fill() {
      var list = visible();
      var shown = o.window ? list.slice(0, o.window) : list;
      var box = o.itemsIn ? panel.querySelector(o.itemsIn) : panel;
      box.innerHTML = shown.map(function (x, i) { return o.item(x, i, x.v === o.current()); }).join('') || (o.empty || '');
      Array.prototype.forEach.call(box.querySelectorAll('[data-b2-v]'), function (it) {
        it.addEventListener('mousedown', function (e) { if (o.pickOn !== 'mousedown') e.preventDefault(); else pickV(it.getAttribute('data-b2-v')); });
        if (o.pickOn !== 'mousedown') it.addEventListener(o.pickOn || 'click', function () { pickV(it.getAttribute('data-b2-v')); });
      });
    }
    function pickV(v) {
      var x = o.options.filter(function (y) { return y.v === v; })[0];
      if (x) o.pick(x);
      close();
      if (o.refocus !== false && keys.focus) keys.focus();
    }
    function open() {
      if (panel) return;
      query = '';
      panel = o.panel();
      (o.host ? o.host() : document.body).appendChild(panel);
      fill();
      place(o.placeIn ? panel.querySelector(o.placeIn) || panel : panel, trig);
      trig.setAttribute('aria-expanded', 'true');
      if (o.controls) keys.setAttribute('aria-controls', o.controls);
      openPopups.push(me);
      var f = o.filter && panel.querySelector(o.filter);
      if (f) { f.addEventListener('input', function () { query = f.value; fill(); }); if (o.focusFilter !== false) setTimeout(function () { f.focus(); }, 0); }
      if (o.onOpen) o.onOpen(panel);
    }
    function close() {
      if (!panel) return;
      panel.remove(); panel = null; active = -1;
      trig.setAttribute('aria-expanded', 'false');
      keys.removeAttribute('aria-activedescendant');
      if (o.controls && o.dropControls !== false) keys.removeAttribute('aria-controls');
      openPopups.splice(openPopups.indexOf(me), 1);
      if (o.onClose) o.onClose();
    }
    var ev = o.openOn || 'click';
    trig.addEventListener(ev, function (e) {
      if (o.disabled && o.disabled()) return;
      if (ev === 'mousedown' && e.button !== 0) return;
      if (ev === 'mousedown') e.preventDefault();
      if (panel) close(); else open();
      if (ev === 'mousedown' && keys.focus) keys.focus();
    });
    keys.addEventListener('keydown', function (e) {
      if (o.disabled && o.disabled()) return;
      if (!panel) { if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } return; }
      var list = visible();
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        active = Math.max(0, Math.min(list.length - 1, active + (e.key === 'ArrowDown' ? 1 : -1)));
        var it = panel.querySelectorAll('[data-b2-v]')[active];
        if (it && it.id) keys.setAttribute('aria-activedescendant', it.id);
      } else if (e.key === 'Enter' && active >= 0 && list[active]) { e.preventDefault(); pickV(list[active].v); }
      else if (e.key === 'Tab') close();
    });
    return { open: open, close: close, isOpen: function () { return !!panel; } };
  };

  // ---- the public-body directory (the "server" behind every recipient search)
  var ENT = {
    mc: { name: 'Ministerstwo Cyfryzacji', esp: '/MC/SkrytkaESP', id: '3f2a91c0', regon: '147097440', addr: 'ul. Królewska 27, 00-060 Warszawa', cat: 'rzad' },
    mc2: { name: 'Ministerstwo Cyfryzacji', esp: '/MC/domyslna', id: '3f2a91c7', regon: '147097440', addr: 'ul. Królewska 27, 00-060 Warszawa', cat: 'rzad' },
    minister: { name: 'Minister Cyfryzacji', esp: '/MinisterCyfryzacji/SkrytkaESP', id: '5b10e442', regon: '', addr: 'ul. Królewska 27, 00-060 Warszawa', cat: 'rzad' },
    dt: { name: 'Ministerstwo Cyfryzacji – Departament Telekomunikacji', esp: '/MC/DT', id: '3f2a9e10', regon: '147097440', addr: 'ul. Królewska 27, 00-060 Warszawa', cat: 'rzad' },
    bdg: { name: 'Ministerstwo Cyfryzacji - Biuro Dyrektora Generalnego', esp: '/MC/BDG', id: '3f2a9e22', regon: '147097440', addr: 'ul. Królewska 27, 00-060 Warszawa', cat: 'rzad' },
    coi: { name: 'Centralny Ośrodek Informatyki', esp: '/COI/SkrytkaESP', id: '71c0aa03', regon: '141292974', addr: 'al. Jerozolimskie 132-136, 02-305 Warszawa', cat: 'jedn', tags: 'jednostka podległa Ministrowi Cyfryzacji' },
    maic: { name: 'Ministerstwo Administracji i Cyfryzacji (zniesione)', esp: '/MAiC/SkrytkaESP', id: '0a77e001', regon: '145876950', addr: 'ul. Królewska 27, 00-060 Warszawa', cat: 'rzad' },
    pelno: { name: 'Pełnomocnik Rządu do Spraw Cyfryzacji', esp: '/KPRM/PRdsC', id: '9e30c1d4', regon: '', addr: 'Al. Ujazdowskie 1/3, 00-583 Warszawa', cat: 'rzad' },
    nask: { name: 'NASK – Państwowy Instytut Badawczy', esp: '/NASK/SkrytkaESP', id: '6d42be90', regon: '010464542', addr: 'ul. Kolska 12, 01-045 Warszawa', cat: 'jedn', tags: 'nadzorowany przez Ministra Cyfryzacji' },
    woc: { name: 'Wielkopolski Ośrodek Cyfryzacji Samorządów', esp: '/WOCS/SkrytkaESP', id: 'c4e0b512', regon: '', addr: 'ul. Kościuszki 95, 61-716 Poznań', cat: 'jst' },
    mf: { name: 'Ministerstwo Finansów', esp: '/MF/SkrytkaESP', id: '12aa0001', regon: '000002217', addr: 'ul. Świętokrzyska 12, 00-916 Warszawa', cat: 'rzad' },
    mswia: { name: 'Ministerstwo Spraw Wewnętrznych i Administracji', esp: '/MSWiA/SkrytkaESP', id: '12aa0019', regon: '000177474', addr: 'ul. Stefana Batorego 5, 02-591 Warszawa', cat: 'rzad' },
    uke: { name: 'Urząd Komunikacji Elektronicznej', esp: '/UKE/SkrytkaESP', id: '44bc0007', regon: '017249003', addr: 'ul. Giełdowa 7/9, 01-211 Warszawa', cat: 'jedn' },
    ug: { name: 'Urząd Gminy Brudzew', esp: '/UGBrudzew/SkrytkaESP', id: 'e0b55120', regon: '311019349', addr: 'ul. Turecka 18, 62-720 Brudzew', cat: 'jst' }
  };
  B2.ENT = ENT;
  // the directory of a scenario: 'filled' has one Ministerstwo Cyfryzacji, 'none' none, 'two' two
  B2.directory = function (scenario, order) {
    var names = ['dt', 'minister', 'coi', 'mc', 'bdg', 'maic', 'pelno', 'nask', 'woc', 'mf', 'mswia', 'uke', 'ug'];
    if (scenario === 'none') names = names.filter(function (n) { return n !== 'mc'; });
    if (scenario === 'two') names.splice(6, 0, 'mc2');
    var list = names.map(function (n) { return ENT[n]; });
    if (order === 'alpha') list = list.slice().sort(function (a, b) { return a.name.localeCompare(b.name, 'pl'); });
    if (typeof order === 'number') list = list.slice(order).concat(list.slice(0, order));
    return list;
  };
  // server-side full-text search: every query word's stem (6 letters) in the name, the ESP address or tags
  B2.find = function (dir, q) {
    var words = fold(q).split(/[^a-z0-9]+/).filter(function (w) { return w.length > 1; });
    if (!words.length) return [];
    return dir.filter(function (p) {
      var hay = fold(p.name + ' ' + p.esp + ' ' + (p.tags || ''));
      return words.every(function (w) { return hay.indexOf(w.slice(0, 6)) >= 0; });
    });
  };
  // the query's words marked in a name
  B2.mark = function (name, q, tag, upper) {
    var words = fold(q).split(/[^a-z0-9]+/).filter(function (w) { return w.length > 1; });
    var shown = upper ? name.toUpperCase() : name;
    return shown.split(/(\s+)/).map(function (part) {
      var f = fold(part);
      var hit = words.some(function (w) { return f.indexOf(w.slice(0, 6)) === 0; });
      return hit ? '<' + tag + '>' + esc(part) + '</' + tag + '>' : esc(part);
    }).join('');
  };

  // ---- a typeahead: min characters, debounce, a "server" round trip, results rendered by the page
  // o: input, min, debounce, latency, dir, render(found, q) (the page draws and binds), loading(q), short()
  B2.typeahead = function (o) {
    var timer = 0; var seq = 0;
    function run() {
      var q = o.input.value;
      clearTimeout(timer);
      if (norm(q).length < (o.min || 3)) { seq++; if (o.short) o.short(q); return; }
      timer = setTimeout(function () {
        var my = ++seq;
        if (o.loading) o.loading(q);
        setTimeout(function () { if (my === seq) o.render(B2.find(o.dir, q), q); }, o.latency || 300);
      }, o.debounce || 300);
    }
    o.input.addEventListener(o.on || 'input', run);
    return { run: run };
  };

  // ---- editors
  function textOf(el) {
    var blocks = el.querySelectorAll('p, li, h1, h2, h3, div.line');
    if (!blocks.length) return norm(el.textContent);
    return Array.prototype.map.call(blocks, function (b) { return norm(b.textContent); }).filter(Boolean).join('\n');
  }
  B2.textOf = textOf;
  function offsetsIn(el) {
    var sel = el.ownerDocument.getSelection ? el.ownerDocument.getSelection() : null;
    var total = (el.textContent || '').length;
    if (!sel || !sel.rangeCount) return [total, total];
    var r = sel.getRangeAt(0);
    if (!el.contains(r.startContainer)) return [total, total];
    function off(node, o) {
      var n = 0; var walker = el.ownerDocument.createTreeWalker(el, 4); var t;
      while ((t = walker.nextNode())) { if (t === node) return n + o; n += t.data.length; }
      return node === el ? (o === 0 ? 0 : total) : total;
    }
    return [off(r.startContainer, r.startOffset), off(r.endContainer, r.endOffset)];
  }
  // an editor that owns its document: beforeinput edits the model and re-renders the DOM, an input event
  // (a DOM change it did not make itself) is read back; o.render(text) draws, o.changed(text)
  B2.docEditor = function (el, o) {
    var doc = '';
    function draw() { o.render(doc); var s = el.ownerDocument.getSelection && el.ownerDocument.getSelection(); if (s && el.ownerDocument.activeElement === el) { try { var r = el.ownerDocument.createRange(); r.selectNodeContents(el); r.collapse(false); s.removeAllRanges(); s.addRange(r); } catch (e) {} } }
    el.addEventListener('beforeinput', function (e) {
      var t = e.inputType || '';
      if (t !== 'insertText' && t !== 'insertReplacementText' && t.indexOf('delete') !== 0 && t !== 'insertFromPaste') return;
      e.preventDefault();
      var cur = el.textContent || '';
      var se = offsetsIn(el);
      var a = se[0]; var b = se[1];
      if (cur !== doc) { doc = norm(cur); a = Math.min(a, doc.length); b = Math.min(b, doc.length); }
      var data = e.data != null ? e.data : (e.dataTransfer ? e.dataTransfer.getData('text/plain') : '');
      if (t.indexOf('delete') === 0) { if (a === b) { if (t === 'deleteContentBackward') a = Math.max(0, a - 1); else b = Math.min(doc.length, b + 1); } data = ''; }
      doc = doc.slice(0, a) + data + doc.slice(b);
      draw();
      o.changed(norm(doc));
    });
    el.addEventListener('input', function () { doc = textOf(el); o.changed(doc); });
    return { text: function () { return doc; } };
  };
  // an editor that watches its DOM (Quill's and CKEditor's observers): any mutation is read back
  B2.observedEditor = function (el, changed) {
    var last = '';
    function read() { var t = textOf(el); if (t !== last) { last = t; changed(t); } }
    if (window.MutationObserver) new MutationObserver(read).observe(el, { childList: true, subtree: true, characterData: true });
    el.addEventListener('input', read);
    el.addEventListener('keyup', read);
    return { read: read };
  };

  // ---- a blocking overlay while an async check runs (blockUI / p:blockUI)
  B2.busy = function (ms, text) {
    var d = document.createElement('div');
    d.className = 'b2-blokada';
    d.setAttribute('aria-busy', 'true');
    d.innerHTML = '<div class="b2-blokada-okno" role="status">' + esc(text || 'Trwa przetwarzanie…') + '</div>';
    d.addEventListener('mousedown', function (e) { e.preventDefault(); e.stopPropagation(); }, true);
    d.addEventListener('click', function (e) { e.preventDefault(); e.stopPropagation(); }, true);
    document.body.appendChild(d);
    setTimeout(function () { d.remove(); }, ms);
  };

  // binds a list of { key, id, kind, name, o } in a root (document, a shadow root, a frame's document)
  B2.bindAll = function (S, fields, root) {
    fields.forEach(function (f) {
      var r = typeof root === 'function' ? root(f) : root;
      var el = r.querySelector('[id="' + f.id + '"]');
      if (!el) return;
      if (f.kind === 'select') B2.select(el, S, f.key);
      else if (f.kind === 'check') B2.check(el, S, f.key);
      else if (f.kind === 'radios') B2.radios(el, f.name, S, f.key);
      else B2.text(el, S, f.key, f.o || {});
    });
  };

  B2.validAll = function (roots) {
    return roots.every(function (r) {
      return Array.prototype.every.call(r.querySelectorAll('input, select, textarea'), function (el) {
        if (el.type === 'checkbox' || el.type === 'hidden' || el.type === 'file' || el.disabled) return true;
        return el.checkValidity ? el.checkValidity() : true;
      });
    });
  };
  B2.filled = function (S, keys) { return keys.every(function (k) { return !!S.get(k); }); };
  // the MC password pairs: both set, each equal to its repetition, the two different, each fitting rule
  B2.pwOk = function (S, rule) {
    var a = S.get('revokePassword'); var b = S.get('p12Password');
    if (!a || !b || a !== S.get('revokePasswordRepeat') || b !== S.get('p12PasswordRepeat') || a === b) return false;
    return !rule || (rule(a) && rule(b));
  };
})();
`;

export const B2_CSS = `
.b2-blokada { position: fixed; inset: 0; background: rgba(255,255,255,.6); z-index: 9000; display: flex; align-items: center; justify-content: center; }
.b2-blokada-okno { background: #fff; border: 1px solid #999; padding: 14px 22px; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.cookie-bar { position: fixed; left: 0; right: 0; bottom: 0; background: #1b1b1b; color: #fff; padding: 14px 24px; z-index: 800; font-size: 14px; }
.cookie-bar a { color: #9cf; }
.sticky-top-bar { position: sticky; top: 0; z-index: 700; background: #fff; border-bottom: 1px solid #ddd; padding: 8px 16px; }
`;
