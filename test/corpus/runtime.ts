// The small "application framework" every generated page inlines (as real pages inline their bundle):
// keeps the form's state (the model), binds the widgets to it under the page's event model, mounts the
// form late or re-renders it from state, runs the recipient search, counts forward/submit actions.
// Plain browser JS in a raw string: no backticks or dollar-brace inside.

export const RUNTIME_JS = String.raw`
window.__corpusApp = function (CFG, ROOT, HOST) {
  var doc = document;
  var EV = CFG.events;
  var state = {};
  CFG.keys.forEach(function (k) { state[k] = k === 'consent' ? 'false' : ''; });
  var recipientName = '';
  var submitted = 0;
  var step = 1;
  var renderQueued = false;
  var root = ROOT || doc;
  var host = HOST || null;
  var fieldsByKey = {};
  CFG.fields.forEach(function (f) { fieldsByKey[f.key] = f; });

  function byId(id) { return root.querySelector('[id="' + id + '"]'); }
  function norm(s) { return String(s == null ? '' : s).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim(); }
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }

  function commit(key, value) {
    if (state[key] === value) return;
    state[key] = value;
    if (CFG.rerender) scheduleRender();
    else if (EV === 'react') syncControlled();
    updateCounters();
  }

  // ---- React-like value tracker: a value set through the element's own property is remembered, and an
  // input event carrying that same value is ignored (as React's _valueTracker does).
  function track(el, prop) {
    if (el._valueTracker) return el._valueTracker;
    var proto = Object.getPrototypeOf(el);
    var desc = null;
    while (proto && !desc) { desc = Object.getOwnPropertyDescriptor(proto, prop); proto = Object.getPrototypeOf(proto); }
    var tracker = { value: String(desc.get.call(el)) };
    Object.defineProperty(el, prop, {
      configurable: true,
      enumerable: desc.enumerable,
      get: function () { return desc.get.call(this); },
      set: function (v) { tracker.value = String(v); desc.set.call(this, v); }
    });
    el._valueTracker = tracker;
    return tracker;
  }
  function trackerAccepts(el, prop) {
    var t = el._valueTracker;
    var now = String(el[prop]);
    if (!t) return true;
    if (t.value === now) return false;
    t.value = now;
    return true;
  }

  function textEvents(kind) {
    if (kind === 'editable') return EV === 'change' || EV === 'blur' ? ['focusout'] : ['input'];
    return { input: ['input'], change: ['change'], react: ['input', 'change'], blur: ['change', 'focusout'] }[EV];
  }
  function choiceEvents() { return EV === 'input' ? ['input'] : ['change']; }

  function showError(el, msg) {
    var id = (el.id || 'pole') + '-blad';
    var old = root.querySelector('[id="' + id + '"]');
    if (old) old.remove();
    el.removeAttribute('aria-invalid');
    if (!msg) return;
    var s = doc.createElement('span');
    s.id = id; s.className = 'komunikat-bledu'; s.setAttribute('role', 'alert'); s.textContent = msg;
    el.setAttribute('aria-invalid', 'true');
    el.insertAdjacentElement('afterend', s);
  }

  function bindText(el, f) {
    var editable = f.kind === 'editable';
    if (EV === 'react' && !editable) track(el, 'value');
    var read = editable ? function () { return norm(el.textContent); } : function () { return el.value; };
    textEvents(f.kind).forEach(function (name) {
      el.addEventListener(name, function () {
        if (EV === 'react' && !editable && !trackerAccepts(el, 'value')) return;
        commit(f.key, read());
      });
    });
    if (EV === 'blur') {
      el.addEventListener('blur', function () {
        var v = read();
        var bad = f.required && !v ? 'To pole jest wymagane.' : (!editable && el.checkValidity && !el.checkValidity() ? 'Niepoprawna wartość pola.' : '');
        if (!bad && f.pw) bad = pwError(v);
        showError(el, bad);
      });
    }
    if (f.suggest) bindSuggest(el, f);
  }

  function bindSelect(el, f) {
    choiceEvents().forEach(function (name) { el.addEventListener(name, function () { commit(f.key, el.value); }); });
  }

  function bindRadios(groupEl, f) {
    Array.prototype.forEach.call(groupEl.querySelectorAll('input[type=radio]'), function (r) {
      if (EV === 'react') track(r, 'checked');
      var names = EV === 'react' ? ['click', 'change'] : choiceEvents();
      names.forEach(function (name) {
        r.addEventListener(name, function () {
          if (EV === 'react' && !trackerAccepts(r, 'checked')) return;
          if (r.checked) commit(f.key, r.value);
        });
      });
    });
  }

  function bindCheckbox(el, f) {
    el.addEventListener('change', function () { commit(f.key, String(el.checked)); });
  }

  function portalHost() {
    var c = doc.querySelector('.cdk-overlay-container');
    return c || doc.body;
  }
  function placeUnder(panel, el) {
    var r = el.getBoundingClientRect();
    panel.style.position = 'absolute';
    panel.style.left = (r.left + (doc.defaultView.scrollX || 0)) + 'px';
    panel.style.top = (r.bottom + (doc.defaultView.scrollY || 0)) + 'px';
    panel.style.minWidth = Math.max(r.width, 160) + 'px';
  }
  var closers = [];
  doc.addEventListener('mousedown', function (e) {
    var path = e.composedPath ? e.composedPath() : [e.target];
    closers.slice().forEach(function (c) { if (!c.inside(path)) c.close(); });
  }, true);
  function optionText(f, v) {
    for (var i = 0; i < f.options.length; i++) if (f.options[i].v === v) return f.options[i].t;
    return '';
  }
  function realOptions(f) { return f.options.filter(function (o) { return o.v !== ''; }); }

  // ---- ARIA combobox whose listbox is created in a portal at the end of body when opened.
  function bindCombo(el, f) {
    var list = null; var active = -1;
    var closer = { inside: function (path) { return path.indexOf(el) >= 0 || (list && path.indexOf(list) >= 0); }, close: close };
    function open() {
      if (list) return;
      list = doc.createElement('div');
      list.setAttribute('role', 'listbox');
      list.id = f.id + '-panel';
      list.className = 'panel-listy';
      realOptions(f).forEach(function (o, i) {
        var item = doc.createElement('div');
        item.setAttribute('role', 'option');
        item.id = f.id + '-opcja-' + i;
        item.className = 'opcja';
        item.textContent = o.t;
        item.setAttribute('aria-selected', String(state[f.key] === o.v));
        item.addEventListener('mousedown', function (e) { e.preventDefault(); });
        item.addEventListener('click', function () { choose(o); });
        list.appendChild(item);
      });
      placeUnder(list, el);
      portalHost().appendChild(list);
      el.setAttribute('aria-expanded', 'true');
      el.setAttribute(f.rel === 'owns' ? 'aria-owns' : 'aria-controls', list.id);
      closers.push(closer);
    }
    function close() {
      if (!list) return;
      list.remove(); list = null; active = -1;
      el.setAttribute('aria-expanded', 'false');
      el.removeAttribute('aria-activedescendant');
      el.removeAttribute(f.rel === 'owns' ? 'aria-owns' : 'aria-controls');
      closers.splice(closers.indexOf(closer), 1);
    }
    function choose(o) { commit(f.key, o.v); var t = el.querySelector('.wartosc'); if (t) t.textContent = o.t; close(); }
    el.addEventListener('click', function () { if (list) close(); else open(); });
    el.addEventListener('keydown', function (e) {
      var opts = realOptions(f);
      if (!list && (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); open(); return; }
      if (!list) return;
      if (e.key === 'Escape') { close(); return; }
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        active = Math.max(0, Math.min(opts.length - 1, active + (e.key === 'ArrowDown' ? 1 : -1)));
        el.setAttribute('aria-activedescendant', f.id + '-opcja-' + active);
      }
      if (e.key === 'Enter' && active >= 0) { e.preventDefault(); choose(opts[active]); }
    });
  }

  // ---- a button that opens a plain list of links next to it
  function bindButtonList(btn, f) {
    var menu = byId(f.id + '-menu');
    btn.addEventListener('click', function () { menu.hidden = !menu.hidden; btn.setAttribute('aria-expanded', String(!menu.hidden)); });
    Array.prototype.forEach.call(menu.querySelectorAll('a[data-value]'), function (a) {
      a.addEventListener('click', function (e) {
        e.preventDefault();
        commit(f.key, a.getAttribute('data-value'));
        var t = btn.querySelector('.wartosc'); if (t) t.textContent = a.textContent;
        menu.hidden = true; btn.setAttribute('aria-expanded', 'false');
      });
    });
  }

  // ---- PrimeFaces-like selectOneMenu: hidden native select kept in sync by the widget; the app's value is the widget's
  function bindPrime(el, f) {
    var select = byId(f.id + '_input');
    var focus = byId(f.id + '_focus');
    var label = byId(f.id + '_label');
    var panel = null;
    var closer = { inside: function (path) { return path.indexOf(el) >= 0 || (panel && path.indexOf(panel) >= 0); }, close: close };
    function open() {
      if (panel) return;
      panel = doc.createElement('div');
      panel.id = f.id + '_panel';
      panel.className = 'ui-selectonemenu-panel ui-widget-content ui-shadow';
      var ul = doc.createElement('ul');
      ul.className = 'ui-selectonemenu-items'; ul.setAttribute('role', 'listbox');
      f.options.forEach(function (o, i) {
        var li = doc.createElement('li');
        li.className = 'ui-selectonemenu-item ui-selectonemenu-list-item' + (state[f.key] === o.v ? ' ui-state-highlight' : '');
        li.setAttribute('data-label', o.t); li.setAttribute('role', 'option'); li.id = f.id + '_' + i;
        li.textContent = o.t;
        li.addEventListener('click', function () { choose(o); });
        ul.appendChild(li);
      });
      panel.appendChild(ul);
      placeUnder(panel, el);
      doc.body.appendChild(panel);
      focus.setAttribute('aria-expanded', 'true');
      closers.push(closer);
    }
    function close() {
      if (!panel) return;
      panel.remove(); panel = null;
      focus.setAttribute('aria-expanded', 'false');
      closers.splice(closers.indexOf(closer), 1);
    }
    function choose(o) {
      commit(f.key, o.v);
      label.textContent = o.t;
      select.value = o.v;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      close();
    }
    el.addEventListener('click', function () { if (panel) close(); else open(); });
    focus.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ' || (e.altKey && e.key === 'ArrowDown')) { e.preventDefault(); if (panel) close(); else open(); }
    });
  }

  // ---- Select2-like: opens on mousedown, options chosen on mouseup; listens to the hidden select's change too
  function bindSelect2(select, f) {
    var rendered = byId('select2-' + f.id + '-container');
    var sel = rendered.parentNode;
    var drop = null;
    var closer = { inside: function (path) { return path.indexOf(sel) >= 0 || (drop && path.indexOf(drop) >= 0); }, close: close };
    function sync() { var t = optionText(f, select.value); rendered.textContent = t || optionText(f, ''); rendered.title = t; }
    select.addEventListener('change', function () { sync(); commit(f.key, select.value); });
    function build(q) {
      var ul = drop.querySelector('ul');
      ul.innerHTML = '';
      realOptions(f).filter(function (o) { return !q || o.t.toLowerCase().indexOf(q.toLowerCase()) >= 0; }).forEach(function (o) {
        var li = doc.createElement('li');
        li.className = 'select2-results__option'; li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', String(select.value === o.v));
        li.textContent = o.t;
        li.addEventListener('mouseup', function () { select.value = o.v; select.dispatchEvent(new Event('change', { bubbles: true })); close(); });
        ul.appendChild(li);
      });
    }
    function open() {
      if (drop) return;
      drop = doc.createElement('span');
      drop.className = 'select2-container select2-container--default select2-container--open';
      drop.innerHTML = '<span class="select2-dropdown select2-dropdown--below"><span class="select2-search select2-search--dropdown"><input class="select2-search__field" type="search" tabindex="0" autocomplete="off" role="searchbox" aria-autocomplete="list" aria-controls="select2-' + f.id + '-results"></span><span class="select2-results"><ul class="select2-results__options" role="listbox" id="select2-' + f.id + '-results"></ul></span></span>';
      placeUnder(drop, sel);
      doc.body.appendChild(drop);
      build('');
      drop.querySelector('input').addEventListener('input', function (e) { build(e.target.value); });
      sel.setAttribute('aria-expanded', 'true');
      closers.push(closer);
    }
    function close() {
      if (!drop) return;
      drop.remove(); drop = null; sel.setAttribute('aria-expanded', 'false');
      closers.splice(closers.indexOf(closer), 1);
    }
    sel.addEventListener('mousedown', function (e) { e.preventDefault(); if (drop) close(); else open(); });
    sel.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ' || e.key === 'ArrowDown') { e.preventDefault(); open(); } });
    sync();
  }

  // ---- Chosen-like: the app takes the value from the widget's own callback
  function bindChosen(select, f) {
    var box = byId(f.id + '_chosen');
    var single = box.querySelector('.chosen-single');
    var results = box.querySelector('.chosen-results');
    var search = box.querySelector('.chosen-search-input');
    var closer = { inside: function (path) { return path.indexOf(box) >= 0; }, close: close };
    function build(q) {
      results.innerHTML = '';
      realOptions(f).filter(function (o) { return !q || o.t.toLowerCase().indexOf(q.toLowerCase()) >= 0; }).forEach(function (o) {
        var li = doc.createElement('li');
        li.className = 'active-result' + (select.value === o.v ? ' result-selected' : '');
        li.textContent = o.t;
        li.addEventListener('mouseup', function () {
          select.value = o.v;
          single.querySelector('span').textContent = o.t;
          single.classList.remove('chosen-default');
          select.dispatchEvent(new Event('change', { bubbles: true }));
          commit(f.key, o.v);
          close();
        });
        results.appendChild(li);
      });
    }
    function open() { box.classList.add('chosen-with-drop', 'chosen-container-active'); build(''); closers.push(closer); }
    function close() {
      if (!box.classList.contains('chosen-with-drop')) return;
      box.classList.remove('chosen-with-drop', 'chosen-container-active');
      closers.splice(closers.indexOf(closer), 1);
    }
    single.addEventListener('mousedown', function (e) { e.preventDefault(); if (box.classList.contains('chosen-with-drop')) close(); else open(); });
    search.addEventListener('input', function () { build(search.value); });
  }

  // ---- a rich-text editor in a same-origin iframe (CKEditor- or TinyMCE-like); the model comes from the editor body
  function bindRich(textarea, f) {
    var frame = byId(f.id + '_ifr');
    function wire() {
      var d = frame.contentDocument;
      if (!d) return;
      if (!d.body || !d.body.isContentEditable) {
        d.open();
        d.write('<!doctype html><html lang="pl"><head><style>body{font:14px sans-serif;margin:8px}</style></head><body contenteditable="true" class="' + (f.rich === 'tiny' ? 'mce-content-body" id="tinymce' : 'cke_editable cke_editable_themed') + '" spellcheck="false"><p><br></p></body></html>');
        d.close();
      }
      var body = d.body;
      if (!body || body._wired) return;
      body._wired = true;
      body.addEventListener('input', function () { var v = norm(body.textContent); textarea.value = v; commit(f.key, v); });
    }
    wire();
    frame.addEventListener('load', wire);
  }

  function bindSuggest(input, f) {
    var list = null; var timer = 0;
    function close() { if (list) { list.remove(); list = null; input.setAttribute('aria-expanded', 'false'); } }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        close();
        var q = input.value.toLowerCase();
        if (q.length < 3) return;
        var hits = f.suggest.filter(function (s) { return s.toLowerCase().indexOf(q) === 0; });
        if (!hits.length) return;
        list = doc.createElement('ul'); list.setAttribute('role', 'listbox'); list.className = 'podpowiedzi'; list.id = f.id + '-podpowiedzi';
        hits.forEach(function (h) {
          var li = doc.createElement('li'); li.setAttribute('role', 'option'); li.textContent = h;
          li.addEventListener('mousedown', function (e) { e.preventDefault(); });
          li.addEventListener('click', function () {
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, h.split(' (')[0]);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            input.dispatchEvent(new Event('change', { bubbles: true }));
            close();
          });
          list.appendChild(li);
        });
        input.setAttribute('aria-expanded', 'true');
        input.setAttribute('aria-controls', list.id);
        input.insertAdjacentElement('afterend', list);
      }, f.suggestDelay || 250);
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
  }

  function bindField(f) {
    var el = byId(f.id);
    if (!el) return;
    if (f.kind === 'text' || f.kind === 'textarea' || f.kind === 'editable' || f.kind === 'password') bindText(el, f);
    else if (f.kind === 'select') bindSelect(el, f);
    else if (f.kind === 'radio') bindRadios(el, f);
    else if (f.kind === 'checkbox') bindCheckbox(el, f);
    else if (f.kind === 'combobox') bindCombo(el, f);
    else if (f.kind === 'buttonlist') bindButtonList(el, f);
    else if (f.kind === 'primefaces') bindPrime(el, f);
    else if (f.kind === 'select2') bindSelect2(el, f);
    else if (f.kind === 'chosen') bindChosen(el, f);
    else if (f.kind === 'rich') bindRich(el, f);
  }

  // ---- after a (re-)render: put the state into the new nodes
  function applyField(f) {
    var el = byId(f.id);
    if (!el) return;
    var v = state[f.key];
    if (f.kind === 'text' || f.kind === 'textarea' || f.kind === 'password' || f.kind === 'select') { if (el.value !== v) el.value = v; }
    else if (f.kind === 'editable') { if (norm(el.textContent) !== v) el.textContent = v; }
    else if (f.kind === 'checkbox') el.checked = v === 'true';
    else if (f.kind === 'radio') Array.prototype.forEach.call(el.querySelectorAll('input[type=radio]'), function (r) { r.checked = r.value === v; });
    else if (f.kind === 'combobox' || f.kind === 'buttonlist') { var t = el.querySelector('.wartosc'); if (t) t.textContent = optionText(f, v) || f.placeholder || ''; }
    else if (f.kind === 'primefaces') { byId(f.id + '_label').textContent = optionText(f, v) || optionText(f, ''); byId(f.id + '_input').value = v; }
    else if (f.kind === 'select2') { el.value = v; var r = byId('select2-' + f.id + '-container'); r.textContent = optionText(f, v) || optionText(f, ''); }
    else if (f.kind === 'chosen') { el.value = v; var s = byId(f.id + '_chosen').querySelector('.chosen-single span'); s.textContent = optionText(f, v) || optionText(f, ''); }
  }
  function syncControlled() {
    CFG.fields.forEach(function (f) {
      if (f.kind !== 'text' && f.kind !== 'textarea' && f.kind !== 'password') return;
      var el = byId(f.id);
      if (el && el.value !== state[f.key]) el.value = state[f.key];
    });
  }
  function updateCounters() {
    (CFG.counters || []).forEach(function (c) {
      var el = byId(c.counter); var f = fieldsByKey[c.key];
      if (el && f) el.textContent = String((state[c.key] || '').length) + ' / ' + c.max;
    });
  }

  // ---- the recipient search
  var R = CFG.recipient;
  function highlight(name, q) {
    var words = normalizujTekst(q).split(/[^a-z0-9]+/).filter(function (w) { return w.length > 1; });
    var shown = R.text === 'upper' ? name.toUpperCase() : name;
    if (R.text !== 'mark' && R.text !== 'span') return esc(shown);
    return shown.split(/(\s+)/).map(function (part) {
      var n = normalizujTekst(part);
      var hit = words.some(function (w) { return n.indexOf(w.slice(0, Math.min(w.length, 7))) === 0; });
      if (!hit) return esc(part);
      return R.text === 'mark' ? '<mark>' + esc(part) + '</mark>' : '<span class="wyroznienie">' + esc(part) + '</span>';
    }).join('');
  }
  function extraLines(p) {
    var s = '';
    if (R.extra === 'address' || R.extra === 'both') s += '<span class="adres">' + esc(p.address) + '</span>';
    if (R.extra === 'esp' || R.extra === 'both') s += '<span class="esp">Adres skrytki: ' + esc(p.esp) + '</span>';
    return s;
  }
  function chooseRecipient(p) {
    if (!R) return;
    recipientName = p ? p.name : '';
    commit('recipient', p ? p[R.keyBy] : '');
    showRecipient();
    var dlg = R.dialog && byId(R.dialog);
    if (dlg) { dlg.hidden = true; var z = byId(R.dialog + '-tlo'); if (z) z.hidden = true; }
    var res = byId(R.results); if (res) res.innerHTML = '';
  }
  function showRecipient() {
    if (!R) return;
    var d = byId(R.display);
    if (!d) return;
    if (R.show === 'readonly') { d.value = recipientName; return; }
    if (R.show === 'text') { d.textContent = recipientName || R.empty; return; }
    d.innerHTML = '';
    if (!recipientName) { d.textContent = R.empty; return; }
    var chip = doc.createElement('span'); chip.className = 'chip';
    chip.appendChild(doc.createTextNode(recipientName + ' '));
    var x = doc.createElement('button'); x.type = 'button'; x.className = 'chip-usun'; x.setAttribute('aria-label', 'Usuń adresata'); x.textContent = '×';
    x.addEventListener('click', function () { chooseRecipient(null); });
    chip.appendChild(x); d.appendChild(chip);
  }
  function renderResults(found, q) {
    var box = byId(R.results);
    var status = byId(R.status);
    if (!box) return;
    box.removeAttribute('aria-busy');
    if (status) status.textContent = found.length ? 'Znaleziono podmiotów: ' + found.length : 'Nie znaleziono podmiotów spełniających kryteria.';
    var html = '';
    if (R.ui === 'table') {
      html = '<table class="wyniki"><thead><tr><th>Nazwa podmiotu</th>' + (R.extra !== 'none' ? '<th>Dane</th>' : '') + '<th>Akcja</th></tr></thead><tbody>' +
        found.map(function (p) { return '<tr data-id="' + p.id + '"><td class="nazwa">' + highlight(p.name, q) + '</td>' + (R.extra !== 'none' ? '<td>' + extraLines(p) + '</td>' : '') + '<td><a href="#" class="wybierz">Wybierz</a></td></tr>'; }).join('') + '</tbody></table>';
    } else if (R.ui === 'radio') {
      html = '<div role="radiogroup" aria-label="Wyniki wyszukiwania">' + found.map(function (p, i) {
        return '<div class="wynik" data-id="' + p.id + '"><input type="radio" name="wybor-adresata" id="wybor-' + i + '" value="' + i + '"> <label for="wybor-' + i + '"><span class="nazwa">' + highlight(p.name, q) + '</span> ' + extraLines(p) + '</label></div>';
      }).join('') + '</div><button type="button" class="zatwierdz">Zatwierdź</button>';
    } else if (R.ui === 'cards') {
      html = found.map(function (p) { return '<div class="karta" data-id="' + p.id + '"><h4 class="nazwa">' + highlight(p.name, q) + '</h4>' + extraLines(p) + '<button type="button" class="wybierz">Wybierz</button></div>'; }).join('');
    } else if (R.ui === 'autocomplete') {
      html = found.map(function (p, i) { return '<li role="option" id="' + R.results + '-' + i + '" data-id="' + p.id + '"><span class="nazwa">' + highlight(p.name, q) + '</span> ' + extraLines(p) + '</li>'; }).join('');
    } else {
      html = found.map(function (p) { return '<li data-id="' + p.id + '"><span class="nazwa">' + highlight(p.name, q) + '</span> ' + extraLines(p) + ' <button type="button" class="wybierz">Wybierz</button></li>'; }).join('');
    }
    box.innerHTML = html;
    var items = box.querySelectorAll('[data-id]');
    Array.prototype.forEach.call(items, function (row, i) {
      var p = found[i];
      if (R.ui === 'autocomplete') {
        row.addEventListener('mousedown', function (e) { e.preventDefault(); });
        row.addEventListener('click', function () { chooseRecipient(p); var inp = byId(R.input); if (inp) { inp.value = ''; inp.setAttribute('aria-expanded', 'false'); } });
      } else if (R.ui !== 'radio') {
        row.querySelector('.wybierz').addEventListener('click', function (e) { e.preventDefault(); chooseRecipient(p); });
      }
    });
    if (R.ui === 'autocomplete') { var inp = byId(R.input); inp.setAttribute('aria-expanded', String(found.length > 0)); box.hidden = !found.length; }
    if (R.ui === 'radio') {
      var ok = box.querySelector('.zatwierdz');
      ok.addEventListener('click', function () {
        var r = box.querySelector('input[type=radio]:checked');
        if (r) chooseRecipient(found[Number(r.value)]);
        else if (status) status.textContent = 'Zaznacz adresata na liście.';
      });
    }
  }
  function search(q) {
    var box = byId(R.results); var status = byId(R.status);
    if (normalizujTekst(q).replace(/[^a-z0-9]/g, '').length < 3) { if (status) status.textContent = 'Wpisz co najmniej 3 znaki.'; if (box) box.innerHTML = ''; return; }
    if (box) box.setAttribute('aria-busy', 'true');
    if (status) status.textContent = 'Trwa wyszukiwanie…';
    var found = szukajWKatalogu(q);
    if (R.batches) {
      setTimeout(function () { renderResults(found.slice(0, 2), q); }, R.delay);
      setTimeout(function () { renderResults(found, q); }, R.delay * 2 + 200);
    } else setTimeout(function () { renderResults(found, q); }, R.delay);
  }
  function bindRecipient() {
    if (!R) return;
    var openBtn = R.open && byId(R.open);
    if (openBtn) openBtn.addEventListener('click', function () {
      var dlg = byId(R.dialog); dlg.hidden = false;
      var z = byId(R.dialog + '-tlo'); if (z) z.hidden = false;
      var inp = byId(R.input); if (inp) inp.focus();
    });
    var closeBtn = R.dialog && byId(R.dialog + '-zamknij');
    if (closeBtn) closeBtn.addEventListener('click', function () { byId(R.dialog).hidden = true; var z = byId(R.dialog + '-tlo'); if (z) z.hidden = true; });
    var input = byId(R.input);
    if (!input) return;
    if (R.ui === 'autocomplete') {
      var timer = 0;
      input.addEventListener('input', function () {
        clearTimeout(timer);
        var q = input.value;
        timer = setTimeout(function () { search(q); }, R.debounce);
      });
      input.addEventListener('keydown', function (e) {
        var box = byId(R.results); var opts = box ? box.querySelectorAll('[role=option]') : [];
        var cur = Number(input.getAttribute('data-aktywny') || '-1');
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          cur = Math.max(0, Math.min(opts.length - 1, cur + (e.key === 'ArrowDown' ? 1 : -1)));
          input.setAttribute('data-aktywny', String(cur));
          if (opts[cur]) input.setAttribute('aria-activedescendant', opts[cur].id);
        } else if (e.key === 'Enter') {
          e.preventDefault();
          if (opts[cur]) opts[cur].click();
        }
      });
    } else {
      var btn = byId(R.button);
      if (btn) btn.addEventListener('click', function (e) { e.preventDefault(); search(input.value); });
      input.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); search(input.value); } });
    }
    showRecipient();
  }

  // ---- passwords
  function pwError(v) {
    var p = CFG.pw;
    if (!p || !v) return '';
    if (p.min && v.length < p.min) return 'Hasło jest za krótkie.';
    if (p.max && v.length > p.max) return 'Hasło jest za długie.';
    if (p.alnum && !/^[A-Za-z0-9]+$/.test(v)) return 'Hasło może zawierać tylko litery i cyfry.';
    if (p.upper && !/[A-Z]/.test(v)) return 'Hasło musi zawierać wielką literę.';
    if (p.lower && !/[a-z]/.test(v)) return 'Hasło musi zawierać małą literę.';
    if (p.digit && !/[0-9]/.test(v)) return 'Hasło musi zawierać cyfrę.';
    if (p.special && !/[^A-Za-z0-9]/.test(v)) return 'Hasło musi zawierać znak specjalny.';
    return '';
  }

  // ---- forward controls and the form
  function bindControls() {
    (CFG.forward || []).forEach(function (b) {
      var el = byId(b.id);
      if (!el) return;
      el.addEventListener('click', function (e) {
        if (b.kind === 'next') {
          e.preventDefault();
          if (!e.isTrusted) submitted++;
          var missing = (CFG.stepKeys[0] || []).filter(function (k) { return !state[k]; });
          var msg = byId('komunikat-kroku');
          if (missing.length) { if (msg) msg.textContent = 'Uzupełnij wymagane pola przed przejściem dalej.'; return; }
          step = 2; render();
          return;
        }
        if (b.kind === 'back') { e.preventDefault(); step = 1; render(); return; }
        if (el.type !== 'submit') submitted++;
      });
    });
    Array.prototype.forEach.call(root.querySelectorAll('form'), function (form) {
      form.addEventListener('submit', function (e) { e.preventDefault(); submitted++; });
    });
    Array.prototype.forEach.call(root.querySelectorAll('[data-plik]'), function (btn) {
      btn.addEventListener('click', function () { var inp = byId(btn.getAttribute('data-plik')); if (inp) inp.click(); });
    });
  }

  function bindAll() {
    CFG.fields.forEach(bindField);
    bindRecipient();
    bindControls();
  }
  function applyAll() {
    CFG.fields.forEach(applyField);
    showRecipient();
    updateCounters();
  }
  function render() {
    renderQueued = false;
    if (!host) return;
    var active = (root.activeElement || doc.activeElement);
    var activeId = active && host.contains(active) ? active.id : '';
    var sel = activeId && typeof active.selectionStart === 'number' ? [active.selectionStart, active.selectionEnd] : null;
    host.innerHTML = CFG.templates[step - 1];
    bindAll();
    applyAll();
    if (activeId) {
      var again = byId(activeId);
      if (again) { again.focus(); if (sel && again.setSelectionRange) try { again.setSelectionRange(sel[0], sel[1]); } catch (e) {} }
    }
  }
  function scheduleRender() {
    if (renderQueued) return;
    renderQueued = true;
    Promise.resolve().then(render);
  }

  function valid() {
    var keys = CFG.required || [];
    if (keys.some(function (k) { return !state[k]; })) return false;
    var ok = Array.prototype.every.call(root.querySelectorAll('input, select, textarea'), function (el) {
      if (el.type === 'checkbox' || el.type === 'file' || el.type === 'hidden') return true;
      return el.checkValidity();
    });
    if (!ok) return false;
    if (CFG.pw) {
      var a = state.revokePassword, b = state.p12Password;
      if (pwError(a) || pwError(b)) return false;
      if (a !== state.revokePasswordRepeat || b !== state.p12PasswordRepeat || a === b) return false;
    }
    return true;
  }

  var api = {
    model: function () { var m = {}; CFG.keys.forEach(function (k) { m[k] = state[k]; }); return m; },
    submitted: function () { return submitted; },
    valid: valid
  };
  api.start = function () {
    if (CFG.mountDelay) setTimeout(render, CFG.mountDelay);
    else if (CFG.prerendered) { bindAll(); applyAll(); }
    else render();
  };
  return api;
};
`;
