// Issue 12 defect 6: the case team form's people picker. Typing a name or a certificate number asks the form's
// data-candidates-url (scoped JSON); a click or Enter adds the person as a chip with a hidden input; the × removes it.
(function () {
  if (window.__teamPicker) { return; }
  window.__teamPicker = true;

  function chip(picker, person) {
    var name = picker.getAttribute('data-name');
    var chips = picker.querySelector('.team-chips');
    if (picker.getAttribute('data-single') === 'true') { chips.innerHTML = ''; }
    if (chips.querySelector('input[value="' + person.id + '"]')) { return; }
    var span = document.createElement('span');
    span.className = 'badge bg-blue-lt team-chip';
    var text = document.createElement('span');
    text.textContent = person.label;
    var hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = name;
    hidden.value = String(person.id);
    var remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'btn-close team-chip-remove';
    remove.setAttribute('aria-label', '移除');
    span.appendChild(text);
    span.appendChild(hidden);
    span.appendChild(remove);
    chips.appendChild(span);
  }

  function show(picker, list) {
    var box = picker.querySelector('.team-suggestions');
    box.innerHTML = '';
    if (list.length === 0) {
      var none = document.createElement('div');
      none.className = 'list-group-item text-secondary small';
      none.textContent = '没有找到匹配的人员';
      box.appendChild(none);
      return;
    }
    list.forEach(function (p) {
      var item = document.createElement('button');
      item.type = 'button';
      item.className = 'list-group-item list-group-item-action team-suggestion';
      item.setAttribute('role', 'option');
      item.textContent = p.label;
      item.addEventListener('click', function () {
        chip(picker, p);
        box.innerHTML = '';
        var q = picker.querySelector('.team-q');
        q.value = '';
        q.focus();
      });
      box.appendChild(item);
    });
  }

  var timers = new WeakMap();
  function search(q) {
    var picker = q.closest('.team-picker');
    var form = q.closest('form');
    clearTimeout(timers.get(q));
    var text = q.value.trim();
    if (!text) { picker.querySelector('.team-suggestions').innerHTML = ''; return; }
    timers.set(q, setTimeout(function () {
      var url = form.getAttribute('data-candidates-url') + '?kind=' + encodeURIComponent(picker.getAttribute('data-kind'))
          + '&q=' + encodeURIComponent(text);
      fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (list) { if (q.value.trim() === text) { show(picker, list); } })
        .catch(function () { show(picker, []); });
    }, 250));
  }

  document.addEventListener('input', function (evt) {
    var q = evt.target;
    if (q.classList && q.classList.contains('team-q')) { search(q); }
  });
  // text typed before this script ran (a slow page) is searched at once
  document.querySelectorAll('.team-q').forEach(function (q) { if (q.value.trim()) { search(q); } });

  document.addEventListener('keydown', function (evt) {
    var q = evt.target;
    if (evt.key !== 'Enter' || !q.classList || !q.classList.contains('team-q')) { return; }
    evt.preventDefault(); // Enter picks the first suggestion, it does not submit the form
    var first = q.closest('.team-picker').querySelector('.team-suggestion');
    if (first) { first.click(); }
  });

  document.addEventListener('click', function (evt) {
    var remove = evt.target.closest && evt.target.closest('.team-chip-remove');
    if (remove) { remove.closest('.team-chip').remove(); }
  });
})();
