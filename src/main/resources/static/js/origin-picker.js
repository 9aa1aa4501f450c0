// CASE-04 / issue 12 defect 9: the new-case form's basis record typeahead. Typing a number or words of a title asks
// the field's data-suggest-url for the records of the chosen source (scoped JSON); ↑/↓ move, Enter or a click picks,
// Esc closes. The pick fills the hidden originId; typing again clears it, so the typed basis document shows instead.
(function () {
  var form = document.getElementById('case-form');
  var field = document.getElementById('origin-field');
  var hidden = form ? form.querySelector('#originId') : null;
  var q = document.getElementById('origin-q');
  var box = document.getElementById('origin-suggestions');
  if (!field || !hidden || !q || !box) { return; }
  var source = form.querySelector('#source');
  var sources = (field.getAttribute('data-sources') || '').split(' ');
  var url = field.getAttribute('data-suggest-url');
  var items = [];
  var active = -1;
  var timer = null;
  var lastSource = source ? source.value : '';

  function showTyped() {
    form.querySelectorAll('[data-typed-basis]').forEach(function (el) { el.hidden = hidden.value !== ''; });
  }
  function close() {
    box.hidden = true;
    box.innerHTML = '';
    items = [];
    active = -1;
    q.setAttribute('aria-expanded', 'false');
    q.removeAttribute('aria-activedescendant');
  }
  function pick(o) {
    hidden.value = String(o.id);
    q.value = o.label;
    q.classList.remove('is-invalid');
    close();
    showTyped();
  }
  function highlight(i) {
    var nodes = box.querySelectorAll('.origin-suggestion');
    if (nodes.length === 0) { return; }
    active = (i + nodes.length) % nodes.length;
    nodes.forEach(function (n, k) {
      n.classList.toggle('active', k === active);
      n.setAttribute('aria-selected', k === active ? 'true' : 'false');
    });
    q.setAttribute('aria-activedescendant', nodes[active].id);
    nodes[active].scrollIntoView({ block: 'nearest' });
  }
  function render(list) {
    box.innerHTML = '';
    items = list;
    active = -1;
    if (list.length === 0) {
      var none = document.createElement('div');
      none.className = 'list-group-item text-secondary small';
      none.textContent = '没有找到匹配的记录';
      box.appendChild(none);
    }
    list.forEach(function (o, k) {
      var item = document.createElement('div');
      item.id = 'origin-option-' + k;
      item.className = 'list-group-item list-group-item-action origin-suggestion';
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', 'false');
      item.textContent = o.label;
      item.addEventListener('mousedown', function (evt) { evt.preventDefault(); });   // keep the focus in the box
      item.addEventListener('click', function () { pick(o); });
      box.appendChild(item);
    });
    box.hidden = false;
    q.setAttribute('aria-expanded', 'true');
  }
  function search() {
    var text = q.value.trim();
    var chosen = source ? source.value : '';
    fetch(url + '?source=' + encodeURIComponent(chosen) + '&q=' + encodeURIComponent(text),
      { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (list) { if (q.value.trim() === text && document.activeElement === q) { render(list); } })
      .catch(function () { render([]); });
  }
  function showField() {
    var chosen = source ? source.value : '';
    var has = sources.indexOf(chosen) >= 0;
    field.hidden = !has;
    if (chosen !== lastSource || !has) {
      hidden.value = '';
      q.value = '';
      lastSource = chosen;
      close();
    }
    showTyped();
  }

  q.addEventListener('input', function () {
    hidden.value = '';
    showTyped();
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  q.addEventListener('focus', function () { if (!hidden.value) { search(); } });
  q.addEventListener('blur', function () { close(); });
  q.addEventListener('keydown', function (evt) {
    if (evt.key === 'ArrowDown') {
      evt.preventDefault();
      if (box.hidden) { search(); } else { highlight(active + 1); }
    } else if (evt.key === 'ArrowUp') {
      evt.preventDefault();
      highlight(active - 1);
    } else if (evt.key === 'Enter' && !box.hidden && active >= 0 && items[active]) {
      evt.preventDefault();   // pick, do not submit the form
      pick(items[active]);
    } else if (evt.key === 'Escape' && !box.hidden) {
      evt.preventDefault();
      close();
    }
  });
  if (source) { source.addEventListener('change', showField); }
  showField();
})();
