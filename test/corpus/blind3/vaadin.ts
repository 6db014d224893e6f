// A small Vaadin-14-like component set as the pages inline it: each field keeps its label, input and
// messages in its own open shadow root; vaadin-select and vaadin-combo-box open overlays appended to
// body (each overlay and each item with a shadow root of its own, the items' content slotted in).
// Fields fire "value-changed" on input and re-dispatch "change" on the host (Flow's ON_CHANGE sync).
// Plain browser JS in a raw string: no backticks, no dollar-brace.

export const VAADIN_JS = String.raw`
(function () {
  if (window.VaadinLite) return;
  var V = {};
  window.VaadinLite = V;
  var uid = 0;
  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function fold(s) { return String(s).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\u0142/g, 'l'); }
  var FIELD_CSS = ':host{display:inline-flex;flex-direction:column;margin:4px 0 10px;width:100%;max-width:560px;box-sizing:border-box;font-size:15px}:host([hidden]){display:none}' +
    '[part=label]{font-size:13px;font-weight:600;color:#3c4a5d;padding:4px 0}[part=required-indicator]::after{content:" \u2022";color:#1676f3}:host(:not([required])) [part=required-indicator]{display:none}' +
    '[part=input-field]{display:flex;align-items:center;background:#e8ebef;border-radius:4px;padding:0 8px;min-height:36px;cursor:text}' +
    '[part=value]{flex:1;border:0;background:transparent;font:inherit;outline:0;padding:8px 0;min-width:0;color:#1a2433}textarea[part=value]{min-height:120px;resize:vertical}' +
    '[part=helper-text]{font-size:12px;color:#6b7787;padding-top:3px}[part=helper-text]:empty{display:none}[part=error-message]{font-size:12px;color:#e3232c}' +
    ':host([focused]) [part=input-field]{box-shadow:0 0 0 2px #93bdfa}:host([invalid]) [part=input-field]{background:#fde9ea}' +
    '[part=value-button]{flex:1;padding:8px 0;cursor:default;outline:0}.placeholder{color:#8a94a3}[part=toggle-button],[part=clear-button],[part=reveal-button]{cursor:pointer;color:#6b7787;padding:0 4px;background:none;border:0;font:inherit}';
  var OVERLAY_CSS = ':host{position:absolute;z-index:2000;display:block}[part=overlay]{background:#fff;border-radius:4px;box-shadow:0 2px 12px rgba(0,0,0,.25);max-height:320px;overflow:auto;padding:4px 0;min-width:100%}';
  var ITEM_CSS = ':host{display:flex;align-items:center;padding:8px 12px 8px 4px;cursor:default;outline:0}:host([focused]),:host(:hover){background:#eef3fb}[part=checkmark]{width:20px;flex:none;text-align:center;color:#1676f3}:host([selected]) [part=checkmark]::before{content:"\u2713"}[part=content]{flex:1}';

  function shell(host, control) {
    var n = ++uid;
    var sr = host.attachShadow({ mode: 'open' });
    var label = host.getAttribute('label') || '';
    sr.innerHTML = '<style>' + FIELD_CSS + '</style>' +
      '<div part="label"' + (label ? '' : ' hidden') + '><label id="label-vaadin-' + n + '" part="label-text">' + esc(label) + '</label><span part="required-indicator" aria-hidden="true"></span></div>' +
      '<div part="input-field">' + control(n) + '</div>' +
      '<div part="helper-text" id="helper-vaadin-' + n + '">' + esc(host.getAttribute('helper-text') || '') + '</div>' +
      '<div part="error-message" id="error-vaadin-' + n + '" aria-live="assertive"></div>';
    return { sr: sr, n: n };
  }
  function attrs(host, n) {
    var a = ' part="value"' + (host.getAttribute('label') ? ' aria-labelledby="label-vaadin-' + n + '"' : '') + ' aria-describedby="helper-vaadin-' + n + ' error-vaadin-' + n + '"';
    ['maxlength', 'minlength', 'pattern', 'placeholder', 'autocomplete', 'inputmode', 'name'].forEach(function (k) { if (host.hasAttribute(k)) a += ' ' + k + '="' + esc(host.getAttribute(k)) + '"'; });
    if (host.hasAttribute('required')) a += ' required aria-required="true"';
    if (host.hasAttribute('readonly')) a += ' readonly';
    return a;
  }
  function focusFlags(host, el) {
    el.addEventListener('focus', function () { host.setAttribute('focused', ''); });
    el.addEventListener('blur', function () { host.removeAttribute('focused'); });
  }
  var openOverlays = [];
  document.addEventListener('mousedown', function (e) {
    var path = e.composedPath ? e.composedPath() : [e.target];
    openOverlays.slice().forEach(function (o) { if (path.indexOf(o.overlay) < 0 && path.indexOf(o.owner) < 0) o.close(); });
  }, true);
  function placeOverlay(overlay, anchor) {
    var r = anchor.getBoundingClientRect();
    overlay.style.left = (r.left + window.scrollX) + 'px';
    overlay.style.top = (r.bottom + window.scrollY + 2) + 'px';
    overlay.style.minWidth = r.width + 'px';
  }

  // ---- text fields
  function defineField(tag, type, multiline) {
    if (customElements.get(tag)) return;
    customElements.define(tag, class extends HTMLElement {
      connectedCallback() {
        if (this._sr) return;
        var self = this;
        var s = shell(this, function (n) {
          var a = attrs(self, n);
          var reveal = type === 'password' ? '<button part="reveal-button" type="button" tabindex="-1" aria-label="Pokaż hasło" aria-pressed="false">\u25c9</button>' : '';
          return (multiline ? '<textarea' + a + '></textarea>' : '<input type="' + type + '"' + a + '>') + reveal;
        });
        this._sr = s.sr;
        var inp = this.inputElement = s.sr.querySelector('[part=value]');
        if (this._pending != null) { inp.value = this._pending; this._pending = null; }
        focusFlags(this, inp);
        inp.addEventListener('input', function () {
          self.dispatchEvent(new CustomEvent('value-changed', { detail: { value: inp.value } }));
          if (self.hasAttribute('invalid')) self.validate();
        });
        inp.addEventListener('change', function () {
          self.validate();
          self.dispatchEvent(new CustomEvent('change', { bubbles: true }));
        });
        s.sr.querySelector('[part=input-field]').addEventListener('mousedown', function (e) { if (e.target !== inp && !(e.target.getAttribute && e.target.getAttribute('part') === 'reveal-button')) { e.preventDefault(); inp.focus(); } });
        var rv = s.sr.querySelector('[part=reveal-button]');
        if (rv) rv.addEventListener('click', function () { var show = inp.type === 'password'; inp.type = show ? 'text' : 'password'; rv.setAttribute('aria-pressed', String(show)); rv.setAttribute('aria-label', show ? 'Ukryj hasło' : 'Pokaż hasło'); });
      }
      get value() { return this.inputElement ? this.inputElement.value : (this._pending || ''); }
      set value(v) {
        v = v == null ? '' : String(v);
        if (!this.inputElement) { this._pending = v; return; }
        if (this.inputElement.value === v) return;
        this.inputElement.value = v;
        this.dispatchEvent(new CustomEvent('value-changed', { detail: { value: v } }));
      }
      checkValidity() {
        if (!this.inputElement) return !this.hasAttribute('required');
        if (!this.inputElement.checkValidity()) return false;
        return this.extraCheck ? !this.extraCheck(this.value) : true;
      }
      validate() {
        var ok = this.checkValidity();
        var msg = '';
        if (!ok) msg = (this.extraCheck && this.inputElement.checkValidity() && this.extraCheck(this.value)) || (!this.value ? 'To pole jest wymagane' : (this.getAttribute('error-message') || 'Nieprawidłowa wartość'));
        this.toggleAttribute('invalid', !ok);
        this._sr.querySelector('[part=error-message]').textContent = msg;
        return ok;
      }
      focus() { if (this.inputElement) this.inputElement.focus(); }
    });
  }
  defineField('vaadin-text-field', 'text', false);
  defineField('vaadin-email-field', 'email', false);
  defineField('vaadin-password-field', 'password', false);
  defineField('vaadin-text-area', 'text', true);

  function defineOverlay(tag) {
    if (customElements.get(tag)) return;
    customElements.define(tag, class extends HTMLElement {
      connectedCallback() {
        if (this.shadowRoot) return;
        this.attachShadow({ mode: 'open' }).innerHTML = '<style>' + OVERLAY_CSS + '</style><div part="overlay"><div part="content"><slot></slot></div></div>';
      }
    });
  }
  defineOverlay('vaadin-select-overlay');
  defineOverlay('vaadin-combo-box-overlay');
  ['vaadin-item', 'vaadin-combo-box-item'].forEach(function (tag) {
    if (customElements.get(tag)) return;
    customElements.define(tag, class extends HTMLElement {
      connectedCallback() {
        if (this.shadowRoot) return;
        this.attachShadow({ mode: 'open' }).innerHTML = '<style>' + ITEM_CSS + '</style><span part="checkmark" aria-hidden="true"></span><div part="content"><slot></slot></div>';
      }
    });
  });
  if (!customElements.get('vaadin-list-box')) customElements.define('vaadin-list-box', class extends HTMLElement {});

  // ---- vaadin-select: items [{ label, value }]
  if (!customElements.get('vaadin-select')) customElements.define('vaadin-select', class extends HTMLElement {
    connectedCallback() {
      if (this._sr) return;
      var self = this;
      // a property set before the element was upgraded
      ['items', 'value'].forEach(function (k) { if (Object.prototype.hasOwnProperty.call(self, k)) { var v = self[k]; delete self[k]; self['_' + k] = v; } });
      this._items = this._items || [];
      this._value = this._value || '';
      var s = shell(this, function (n) {
        return '<div part="value-button" role="button" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="label-vaadin-' + n + ' value-vaadin-' + n + '"' + (self.hasAttribute('required') ? ' aria-required="true"' : '') + '><span id="value-vaadin-' + n + '" class="placeholder">' + esc(self.getAttribute('placeholder') || 'Wybierz') + '</span></div><span part="toggle-button" aria-hidden="true">\u25be</span>';
      });
      this._sr = s.sr;
      this._btn = s.sr.querySelector('[part=value-button]');
      this._shown = s.sr.querySelector('[id^=value-vaadin]');
      focusFlags(this, this._btn);
      s.sr.querySelector('[part=input-field]').addEventListener('click', function () { if (self._ov) self.close(); else self.open(); });
      this._btn.addEventListener('keydown', function (e) {
        if (!self._ov && (e.key === 'Enter' || e.key === ' ' || e.key === 'ArrowDown')) { e.preventDefault(); self.open(); }
      });
      this._draw();
    }
    set items(list) { this._items = list || []; if (this._sr) this._draw(); }
    get items() { return this._items; }
    get value() { return this._value || ''; }
    set value(v) { this._value = v == null ? '' : String(v); if (this._sr) this._draw(); }
    _draw() {
      var it = this._items.filter(function (x) { return x.value === this._value; }, this)[0];
      this._shown.textContent = it ? it.label : (this.getAttribute('placeholder') || 'Wybierz');
      this._shown.className = it ? '' : 'placeholder';
    }
    checkValidity() { return !this.hasAttribute('required') || !!this._value; }
    validate() { var ok = this.checkValidity(); this.toggleAttribute('invalid', !ok); this._sr.querySelector('[part=error-message]').textContent = ok ? '' : 'To pole jest wymagane'; return ok; }
    open() {
      var self = this;
      if (this._ov) return;
      var ov = document.createElement('vaadin-select-overlay');
      ov.setAttribute('opened', '');
      var cur = this._value;
      ov.innerHTML = '<vaadin-list-box role="listbox" aria-orientation="vertical">' + this._items.map(function (x) {
        var on = x.value === cur;
        return '<vaadin-item role="option" tabindex="-1" value="' + esc(x.value) + '" aria-selected="' + on + '"' + (on ? ' selected' : '') + '>' + esc(x.label) + '</vaadin-item>';
      }).join('') + '</vaadin-list-box>';
      document.body.appendChild(ov);
      placeOverlay(ov, this._sr.querySelector('[part=input-field]'));
      this._ov = ov;
      this._btn.setAttribute('aria-expanded', 'true');
      var entry = { overlay: ov, owner: this, close: function () { self.close(); } };
      this._entry = entry; openOverlays.push(entry);
      var items = Array.prototype.slice.call(ov.querySelectorAll('vaadin-item'));
      items.forEach(function (it) {
        it.addEventListener('click', function () { self._pick(it.getAttribute('value')); });
        it.addEventListener('keydown', function (e) {
          var i = items.indexOf(it);
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); var nx = items[Math.max(0, Math.min(items.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))]; nx.focus(); }
          else if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); self._pick(it.getAttribute('value')); }
          else if (e.key === 'Escape' || e.key === 'Tab') { e.preventDefault(); self.close(); self._btn.focus(); }
        });
        it.addEventListener('focus', function () { it.setAttribute('focused', ''); });
        it.addEventListener('blur', function () { it.removeAttribute('focused'); });
      });
      var first = items.filter(function (it) { return it.hasAttribute('selected'); })[0] || items[0];
      if (first) setTimeout(function () { if (self._ov === ov) first.focus(); }, 0);
    }
    close() {
      if (!this._ov) return;
      this._ov.remove(); this._ov = null;
      openOverlays.splice(openOverlays.indexOf(this._entry), 1);
      this._btn.setAttribute('aria-expanded', 'false');
    }
    _pick(v) {
      var changed = v !== this._value;
      this._value = v; this._draw(); this.close(); this._btn.focus();
      if (changed) {
        this.validate();
        this.dispatchEvent(new CustomEvent('value-changed', { detail: { value: v } }));
        this.dispatchEvent(new CustomEvent('change', { bubbles: true }));
      }
    }
    focus() { if (this._btn) this._btn.focus(); }
  });

  // ---- vaadin-combo-box: dataProvider(params, callback), renderer(root, item), item-label-path, item-value-path
  if (!customElements.get('vaadin-combo-box')) customElements.define('vaadin-combo-box', class extends HTMLElement {
    connectedCallback() {
      if (this._sr) return;
      var self = this;
      this.selectedItem = null; this._value = ''; this._list = []; this._focused = -1; this._timer = 0; this._seq = 0;
      var s = shell(this, function (n) {
        return '<input' + attrs(self, n) + ' role="combobox" aria-autocomplete="list" aria-expanded="false" autocomplete="off" autocapitalize="off" spellcheck="false"><div part="clear-button" role="button" aria-label="Wyczyść" hidden>\u00d7</div><div part="toggle-button" role="button" aria-label="Pokaż podpowiedzi">\u25be</div>';
      });
      this._sr = s.sr;
      var inp = this.inputElement = s.sr.querySelector('input');
      focusFlags(this, inp);
      var clear = s.sr.querySelector('[part=clear-button]');
      clear.addEventListener('mousedown', function (e) { e.preventDefault(); });
      clear.addEventListener('click', function () { inp.value = ''; self._select(null); });
      s.sr.querySelector('[part=toggle-button]').addEventListener('mousedown', function (e) { e.preventDefault(); inp.focus(); if (self._ov) self.close(); else self._load(inp.value); });
      inp.addEventListener('input', function () {
        self._focused = -1;
        clearTimeout(self._timer);
        var q = inp.value;
        self._timer = setTimeout(function () { self._load(q); }, self.debounce || 500);
      });
      inp.addEventListener('keydown', function (e) {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          if (!self._ov) { self._load(inp.value); return; }
          var n = self._list.length; if (!n) return;
          self._focused = Math.max(0, Math.min(n - 1, self._focused + (e.key === 'ArrowDown' ? 1 : -1)));
          self._markFocused();
        } else if (e.key === 'Enter') {
          if (self._ov || self._focused >= 0) e.preventDefault();
          self._commit();
        } else if (e.key === 'Escape') {
          self.close(); self._revert();
        }
      });
      inp.addEventListener('blur', function () { self._commit(); });
    }
    get value() { return this._value; }
    set value(v) {
      v = v == null ? '' : String(v);
      var path = this.getAttribute('item-value-path') || 'value';
      var it = (this._list || []).filter(function (x) { return String(x[path]) === v; })[0] || null;
      if (it) this._select(it); else if (!v) this._select(null);
    }
    _label(it) { return it ? String(it[this.getAttribute('item-label-path') || 'label']) : ''; }
    _load(q) {
      var self = this; var my = ++this._seq;
      if (!this.dataProvider) return;
      this.setAttribute('loading', '');
      this.dataProvider({ filter: q, page: 0, pageSize: 50 }, function (items) {
        if (my !== self._seq) return;
        self.removeAttribute('loading');
        self._list = items || [];
        if (self._sr.activeElement === self.inputElement || document.activeElement === self) self._open(q);
      });
    }
    _open(q) {
      var self = this;
      if (!this._ov) {
        var ov = document.createElement('vaadin-combo-box-overlay');
        ov.setAttribute('opened', '');
        ov.addEventListener('mousedown', function (e) { e.preventDefault(); });
        document.body.appendChild(ov);
        this._ov = ov;
        var entry = { overlay: ov, owner: this, close: function () { self.close(); } };
        this._entry = entry; openOverlays.push(entry);
      }
      var ovl = this._ov;
      var listId = 'vaadin-combo-box-list-' + uid;
      ovl.innerHTML = '<div id="' + listId + '" role="listbox" aria-label="' + esc(this.getAttribute('label') || '') + '"></div>';
      var box = ovl.firstChild;
      if (!this._list.length) box.innerHTML = '<div class="brak" style="padding:8px 12px;color:#6b7787">' + esc(this.emptyText ? this.emptyText(q) : 'Brak wyników') + '</div>';
      this._list.forEach(function (item, i) {
        var el = document.createElement('vaadin-combo-box-item');
        el.setAttribute('role', 'option');
        el.id = 'vaadin-combo-box-item-' + (++uid);
        var on = self.selectedItem === item;
        el.setAttribute('aria-selected', String(on));
        if (on) el.setAttribute('selected', '');
        if (self.renderer) self.renderer(el, item); else el.textContent = self._label(item);
        el.addEventListener('click', function () { self._select(item); self.close(); });
        box.appendChild(el);
      });
      placeOverlay(ovl, this._sr.querySelector('[part=input-field]'));
      this.inputElement.setAttribute('aria-expanded', 'true');
      this.inputElement.setAttribute('aria-controls', listId);
    }
    _markFocused() {
      var self = this;
      if (!this._ov) return;
      Array.prototype.forEach.call(this._ov.querySelectorAll('vaadin-combo-box-item'), function (el, i) {
        el.toggleAttribute('focused', i === self._focused);
        if (i === self._focused) self.inputElement.setAttribute('aria-activedescendant', el.id);
      });
    }
    close() {
      if (!this._ov) return;
      this._ov.remove(); this._ov = null;
      openOverlays.splice(openOverlays.indexOf(this._entry), 1);
      this.inputElement.setAttribute('aria-expanded', 'false');
      this.inputElement.removeAttribute('aria-controls');
      this.inputElement.removeAttribute('aria-activedescendant');
      this._focused = -1;
    }
    _revert() { this.inputElement.value = this._label(this.selectedItem); }
    _commit() {
      var self = this;
      if (this._ov && this._focused >= 0 && this._list[this._focused]) { this._select(this._list[this._focused]); this.close(); return; }
      var t = fold(this.inputElement.value.trim());
      if (this.selectedItem && t === fold(this._label(this.selectedItem))) { this._revert(); this.close(); return; }
      // a typed text equal to the label of exactly one loaded item commits that item; anything else is reverted
      var same = this._list.filter(function (x) { return t && fold(self._label(x)) === t; });
      if (same.length === 1) { this._select(same[0]); this.close(); return; }
      if (!t) { this._select(null); this.close(); return; }
      this._revert(); this.close();
    }
    _select(item) {
      var path = this.getAttribute('item-value-path') || 'value';
      var v = item ? String(item[path]) : '';
      this.selectedItem = item;
      this.inputElement.value = this._label(item);
      this._sr.querySelector('[part=clear-button]').hidden = !item;
      if (v === this._value) return;
      this._value = v;
      this.toggleAttribute('has-value', !!v);
      this.dispatchEvent(new CustomEvent('selected-item-changed', { detail: { value: item } }));
      this.dispatchEvent(new CustomEvent('value-changed', { detail: { value: v } }));
      this.dispatchEvent(new CustomEvent('change', { bubbles: true }));
    }
    checkValidity() { return !this.hasAttribute('required') || !!this._value; }
    focus() { if (this.inputElement) this.inputElement.focus(); }
  });

  // ---- vaadin-checkbox: the native checkbox in the shadow root, the label slotted
  if (!customElements.get('vaadin-checkbox')) customElements.define('vaadin-checkbox', class extends HTMLElement {
    connectedCallback() {
      if (this._sr) return;
      var self = this; var n = ++uid;
      var sr = this._sr = this.attachShadow({ mode: 'open' });
      sr.innerHTML = '<style>:host{display:inline-flex;align-items:flex-start;gap:6px;margin:8px 0}label{cursor:pointer}</style><input type="checkbox" id="cb-' + n + '" part="checkbox" aria-labelledby="lb-' + n + '"><label id="lb-' + n + '" for="cb-' + n + '" part="label"><slot></slot></label>';
      var cb = this.inputElement = sr.querySelector('input');
      cb.addEventListener('change', function () {
        self.toggleAttribute('checked', cb.checked);
        self.dispatchEvent(new CustomEvent('checked-changed', { detail: { value: cb.checked } }));
        self.dispatchEvent(new CustomEvent('change', { bubbles: true }));
      });
    }
    get checked() { return !!(this.inputElement && this.inputElement.checked); }
    set checked(v) { if (this.inputElement) this.inputElement.checked = !!v; this.toggleAttribute('checked', !!v); }
  });

  // ---- vaadin-form-layout / vaadin-form-item: the item's label is slotted beside its field, not linked to it
  if (!customElements.get('vaadin-form-layout')) customElements.define('vaadin-form-layout', class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.attachShadow({ mode: 'open' }).innerHTML = '<style>:host{display:block}#layout{display:grid;grid-template-columns:1fr 1fr;gap:2px 24px}::slotted([colspan="2"]){grid-column:1/-1}</style><div id="layout"><slot></slot></div>';
    }
  });
  if (!customElements.get('vaadin-form-item')) customElements.define('vaadin-form-item', class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.attachShadow({ mode: 'open' }).innerHTML = '<style>:host{display:flex;flex-direction:column;margin:2px 0}[part=label]{font-size:13px;font-weight:600;color:#3c4a5d;padding-top:6px}[part=required-indicator]::after{content:" \u2022";color:#1676f3}:host(:not([required])) [part=required-indicator]{display:none}</style><div part="label"><slot name="label"></slot><span part="required-indicator" aria-hidden="true"></span></div><div id="spacing"></div><div part="content"><slot></slot></div>';
    }
  });

  // ---- vaadin-button: a focusable element with role button
  if (!customElements.get('vaadin-button')) customElements.define('vaadin-button', class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.setAttribute('role', 'button'); this.setAttribute('tabindex', '0');
      this.attachShadow({ mode: 'open' }).innerHTML = '<style>:host{display:inline-block;padding:8px 18px;border-radius:4px;background:#e8ebef;color:#1676f3;font-weight:600;cursor:pointer;user-select:none}:host([theme~=primary]){background:#1676f3;color:#fff}</style><slot></slot>';
      var self = this;
      this.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); self.click(); } });
    }
  });
})();
`;
