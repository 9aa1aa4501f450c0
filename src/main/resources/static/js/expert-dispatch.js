// The dispatch approval form: show the part of the chosen selection method, and find pool experts by name.
(function () {
  var form = document.getElementById('dispatch-form') || document.getElementById('replace-form');
  if (!form) {
    return;
  }
  function chosen() {
    var r = form.querySelector('input[name="source"]:checked');
    return r ? r.value : '';
  }
  function toggle() {
    var source = chosen();
    form.querySelectorAll('[data-source]').forEach(function (section) {
      var on = section.getAttribute('data-source') === source;
      section.classList.toggle('d-none', !on);
      section.querySelectorAll('input, select').forEach(function (input) {
        input.disabled = !on;
      });
    });
  }
  form.querySelectorAll('input[name="source"]').forEach(function (r) {
    r.addEventListener('change', toggle);
  });
  toggle();

  var search = form.querySelector('#expert-search');
  var hidden = form.querySelector('#manual-expert');
  var options = form.querySelector('#expert-options');
  if (!search || !hidden || !options) {
    return;
  }
  var found = {};
  var timer = null;
  search.addEventListener('input', function () {
    var text = search.value.trim();
    hidden.value = found[text] || '';
    if (found[text] || text.length === 0) {
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(function () {
      fetch(search.getAttribute('data-candidates') + '?q=' + encodeURIComponent(text), {headers: {'Accept': 'application/json'}})
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (list) {
          options.textContent = '';
          list.forEach(function (c) {
            found[c.label] = String(c.id);
            var o = document.createElement('option');
            o.value = c.label;
            options.appendChild(o);
          });
        });
    }, 250);
  });
})();
